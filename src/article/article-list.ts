import type { DataSource } from 'typeorm';
import { selectColumns } from '../db/hydrate';
import type { SqlParams } from '../db/sql-params';
import { rankSql } from '../graphql/filters/search-and-dates';
import type { KeysetList } from '../graphql/pagination/keyset-query';
import type { PageArgs } from '../graphql/pagination/page-args';
import { page, type PageRelation } from '../graphql/relations';
import { articleConditions } from './article-conditions';
import type { ArticleFilter } from './article-filter.input';
import { Article } from './article.entity';

/** Given SQL for the parent's key, the condition tying an article `a` to that parent: what each articles relation declares. */
export type ArticleScope = (parentKey: string) => string;

/** Every article. */
export const EVERY_ARTICLE: ArticleScope = () => 'TRUE';

/** The arguments of an article list: a page, and at the root a filter. */
export type ArticleListArgs = PageArgs & { filter?: ArticleFilter | null };

/**
 * Given a scope and a filter, returns the keyset list of articles: newest first (published, else
 * ingested), or by full-text rank when the filter asks for relevance, its placeholders numbered in `params`.
 */
export function articleList(
  dataSource: DataSource,
  scope: ArticleScope,
  filter: ArticleFilter | null | undefined,
  params: SqlParams,
): KeysetList {
  const { conditions, rankBy } = articleConditions(filter, params);
  const id = { sql: 'a.id', cast: 'integer' as const };
  return {
    from: 'articles a',
    scope,
    select: selectColumns(dataSource, Article, 'a'),
    sort:
      rankBy !== null
        ? [{ sql: rankSql('a.search', rankBy), cast: 'real' }, id]
        : [{ sql: 'a.sort_at', cast: 'timestamptz' }, id],
    direction: 'DESC',
    conditions,
    params,
  };
}

/** Given a scope, the connection of its articles, newest first, filtered by the field's `filter` when it has one. */
export const articlePage = (scope: ArticleScope): PageRelation<Article, ArticleListArgs> =>
  page(
    Article,
    'a',
    (dataSource, args: ArticleListArgs, params) => articleList(dataSource, scope, args.filter, params),
    (args) => args.filter?.search != null,
  );

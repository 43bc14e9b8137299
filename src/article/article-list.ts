import type { DataSource } from 'typeorm';
import { selectColumns } from '../db/hydrate';
import type { SqlParams } from '../db/sql-params';
import { referenceIdExpression } from '../graphql/filters/reference-condition';
import { rankSql } from '../graphql/filters/search-and-dates';
import { ARTICLE_PLACES } from '../location/location-subtree';
import type { KeysetList } from '../graphql/pagination/keyset-query';
import type { PageArgs } from '../graphql/pagination/page-args';
import { page, type PageRelation } from '../graphql/relations';
import { articleConditions } from './article-conditions';
import type { ArticleFilter } from './article-filter.input';
import { Article } from './article.entity';

/** Whose articles a list holds, and how its indexes walk them: what each articles relation declares. */
export interface ArticleScope {
  from: string;
  /** Given SQL for the parent's key, the condition tying an article to that parent. */
  scope: (parentKey: string) => string;
  /** The article id as the scope's index sees it, so the sort walks that index. */
  idColumn: string;
  /** The article's sort key (published, else ingested) as the scope's index holds it. */
  sortColumn: string;
}

/** Given a condition on `articles a` (over the parent's key), the scope of the articles meeting it. */
export const articlesWhere = (scope: (parentKey: string) => string): ArticleScope => ({
  from: 'articles a',
  scope,
  idColumn: 'a.id',
  sortColumn: 'a.sort_at',
});

/** Every article. */
export const EVERY_ARTICLE = articlesWhere(() => 'TRUE');

/**
 * A place's articles, naming it or any place inside it: its article_places_within index, newest
 * first, then each article by key.
 */
export const PLACE_ARTICLES: ArticleScope = {
  from: `${ARTICLE_PLACES.table} link JOIN articles a ON a.id = link.${ARTICLE_PLACES.column}`,
  scope: (place) => `link.location_id = ${place}`,
  idColumn: `link.${ARTICLE_PLACES.column}`,
  sortColumn: 'link.sort_at',
};

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
  // Every article filtered by place walks that place's index (as the quotes root list does).
  if (scope === EVERY_ARTICLE && filter?.location != null) {
    const place = referenceIdExpression(filter.location, 'Location', 'filter.location', params);
    return articleList(
      dataSource,
      { ...PLACE_ARTICLES, scope: () => PLACE_ARTICLES.scope(place) },
      { ...filter, location: null },
      params,
    );
  }
  const { conditions, rankBy } = articleConditions(filter, params, scope.sortColumn);
  const id = { sql: scope.idColumn, cast: 'integer' as const };
  return {
    from: scope.from,
    scope: scope.scope,
    select: selectColumns(dataSource, Article, 'a'),
    sort:
      rankBy !== null
        ? [{ sql: rankSql('a.search', rankBy), cast: 'real' }, id]
        : [{ sql: scope.sortColumn, cast: 'timestamptz' }, id],
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

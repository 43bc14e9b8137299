import type { DataSource } from 'typeorm';
import { selectColumns } from '../db/hydrate';
import { SqlParams } from '../db/sql-params';
import type { KeysetList } from '../graphql/pagination/keyset-query';
import { articleConditions } from './article-conditions';
import type { ArticleFilter } from './article-filter.input';
import { Article } from './article.entity';

/** Whose articles a list holds: all, or those naming a place, quoting a topic or a speaker. */
export type ArticleScope = 'all' | 'location' | 'topic' | 'speaker';

const SCOPES: Record<ArticleScope, (parentKey: string) => string> = {
  all: () => 'TRUE',
  location: (parentKey) =>
    `a.id IN (SELECT article_id FROM article_locations WHERE location_id IN (SELECT id FROM location_subtree(${parentKey})))`,
  topic: (parentKey) =>
    `a.id IN (SELECT q.article_id FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id WHERE qt.topic_id = ${parentKey})`,
  speaker: (parentKey) => `a.id IN (SELECT article_id FROM quotes WHERE speaker_id = ${parentKey})`,
};

/**
 * Given a scope and a filter, returns the keyset list of articles: newest first (published, else
 * ingested), or by full-text rank when the filter asks for relevance. Its placeholders are numbered in
 * `params` (fresh by default; shared when the list is part of a larger statement).
 */
export function articleList(
  dataSource: DataSource,
  scope: ArticleScope,
  filter: ArticleFilter | null | undefined,
  params = new SqlParams(),
): KeysetList {
  const { conditions, rankBy } = articleConditions(filter, params);
  const id = { sql: 'a.id', cast: 'integer' as const };
  return {
    from: 'articles a',
    scope: SCOPES[scope],
    select: selectColumns(dataSource, Article, 'a'),
    sort:
      rankBy !== null
        ? [{ sql: `ts_rank(a.search, websearch_to_tsquery('english', ${rankBy}))`, cast: 'real' }, id]
        : [{ sql: 'a.sort_at', cast: 'timestamptz' }, id],
    direction: 'DESC',
    conditions,
    params,
  };
}

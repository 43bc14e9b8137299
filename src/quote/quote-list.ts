import type { DataSource } from 'typeorm';
import { selectColumns } from '../db/hydrate';
import { SqlParams } from '../db/sql-params';
import type { KeysetList } from '../graphql/pagination/keyset-query';
import { quoteConditions } from './quote-conditions';
import { quoteIncludeColumns, type QuoteIncludes } from './quote-includes';
import type { QuoteFilter } from './quote-filter.input';
import { Quote } from './quote.entity';

/** Whose quotes a list holds: everyone's, or one article's, speaker's, topic's or place's. */
export type QuoteScope = 'all' | 'article' | 'speaker' | 'topic' | 'location';

interface ScopeSql {
  from: string;
  scope: (parentKey: string) => string;
  /** The quote id as the scope's index sees it, so the sort walks that index. */
  idColumn: string;
  direction: 'ASC' | 'DESC';
}

// Articles read top to bottom; every other list shows the newest quotes first.
const SCOPES: Record<QuoteScope, ScopeSql> = {
  all: { from: 'quotes q', scope: () => 'TRUE', idColumn: 'q.id', direction: 'DESC' },
  article: {
    from: 'quotes q',
    scope: (parentKey) => `q.article_id = ${parentKey}`,
    idColumn: 'q.id',
    direction: 'ASC',
  },
  speaker: {
    from: 'quotes q',
    scope: (parentKey) => `q.speaker_id = ${parentKey}`,
    idColumn: 'q.id',
    direction: 'DESC',
  },
  topic: {
    from: 'quote_topics qt JOIN quotes q ON q.id = qt.quote_id',
    scope: (parentKey) => `qt.topic_id = ${parentKey}`,
    idColumn: 'qt.quote_id',
    direction: 'DESC',
  },
  location: {
    from: 'quotes q',
    scope: (parentKey) =>
      `q.id IN (SELECT quote_id FROM quote_locations WHERE location_id IN (SELECT id FROM location_subtree(${parentKey})))`,
    idColumn: 'q.id',
    direction: 'DESC',
  },
};

/**
 * Given a scope, a filter and the related rows to bring along, returns the keyset list of quotes:
 * in the scope's order, or by full-text rank (then id) when the filter asks for relevance. Its placeholders
 * are numbered in `params` (fresh by default; shared when the list is part of a larger statement).
 */
export function quoteList(
  dataSource: DataSource,
  scope: QuoteScope,
  filter: QuoteFilter | null | undefined,
  include: QuoteIncludes,
  params = new SqlParams(),
): KeysetList {
  const { conditions, rankBy } = quoteConditions(filter, params);
  const scopeSql = SCOPES[scope];
  const id = { sql: scopeSql.idColumn, cast: 'integer' as const };
  const ranked = rankBy !== null;
  return {
    from: scopeSql.from,
    scope: scopeSql.scope,
    select: [selectColumns(dataSource, Quote, 'q'), ...quoteIncludeColumns(dataSource, include)].join(', '),
    sort: ranked
      ? [{ sql: `ts_rank(q.search, websearch_to_tsquery('english', ${rankBy}))`, cast: 'real' }, id]
      : [id],
    direction: ranked ? 'DESC' : scopeSql.direction,
    conditions,
    params,
  };
}

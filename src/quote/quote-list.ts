import type { DataSource } from 'typeorm';
import { selectColumns } from '../db/hydrate';
import type { SqlParams } from '../db/sql-params';
import { rankSql } from '../graphql/filters/search-and-dates';
import type { KeysetList } from '../graphql/pagination/keyset-query';
import { page, type PageRelation } from '../graphql/relations';
import { quoteConditions } from './quote-conditions';
import type { QuotePageArgs } from './quote-page.args';
import { Quote } from './quote.entity';

/** Whose quotes a list holds, and in which order: what each quotes relation declares. */
export interface QuoteScope {
  from: string;
  /** Given SQL for the parent's key, the condition tying a quote to that parent. */
  scope: (parentKey: string) => string;
  /** The quote id as the scope's index sees it, so the sort walks that index. */
  idColumn: string;
  direction: 'ASC' | 'DESC';
}

/** Given a condition on `quotes q` (over the parent's key), the scope of the quotes meeting it, newest first unless told. */
export const quotesWhere = (
  scope: (parentKey: string) => string,
  direction: 'ASC' | 'DESC' = 'DESC',
): QuoteScope => ({ from: 'quotes q', scope, idColumn: 'q.id', direction });

/** Every quote, newest first. */
export const EVERY_QUOTE = quotesWhere(() => 'TRUE');

/**
 * Given a scope and a filter, returns the keyset list of quotes: in the scope's order, or by
 * full-text rank (then id) when the filter asks for relevance, its placeholders numbered in `params`.
 */
export function quoteList(
  dataSource: DataSource,
  scope: QuoteScope,
  filter: QuotePageArgs['filter'],
  params: SqlParams,
): KeysetList {
  const { conditions, rankBy } = quoteConditions(filter, params);
  const id = { sql: scope.idColumn, cast: 'integer' as const };
  const ranked = rankBy !== null;
  return {
    from: scope.from,
    scope: scope.scope,
    select: selectColumns(dataSource, Quote, 'q'),
    sort: ranked ? [{ sql: rankSql('q.search', rankBy), cast: 'real' }, id] : [id],
    direction: ranked ? 'DESC' : scope.direction,
    conditions,
    params,
  };
}

/** Given a scope, the connection of its quotes, filtered by the field's `filter`. */
export const quotePage = (scope: QuoteScope): PageRelation<Quote, QuotePageArgs> =>
  page(
    Quote,
    'q',
    (dataSource, args: QuotePageArgs, params) => quoteList(dataSource, scope, args.filter, params),
    (args) => args.filter?.search != null,
  );

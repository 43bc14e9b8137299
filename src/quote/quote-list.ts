import type { DataSource } from 'typeorm';
import { selectColumns } from '../db/hydrate';
import type { SqlParams } from '../db/sql-params';
import { rankSql } from '../graphql/filters/search-and-dates';
import { UserInputError } from '../graphql/errors/coded-errors';
import type { KeysetList, SortExpression } from '../graphql/pagination/keyset-query';
import { page, type PageRelation } from '../graphql/relations';
import { quoteConditions } from './quote-conditions';
import { QuoteOrder } from './quote-order';
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

// By publication, each quote's article date joins the sort key (its id breaks ties).
const PUBLISHED = 'quote_article.sort_at';

/**
 * Given a scope and the list's arguments, returns the keyset list of quotes: in the scope's order,
 * by publication when `orderBy` asks, or by full-text rank (then id) when the filter asks for
 * relevance, its placeholders numbered in `params`. BAD_USER_INPUT for relevance and publication order at once.
 */
export function quoteList(
  dataSource: DataSource,
  scope: QuoteScope,
  args: Pick<QuotePageArgs, 'filter' | 'orderBy'>,
  params: SqlParams,
): KeysetList {
  const { conditions, rankBy } = quoteConditions(args.filter, params);
  const id: SortExpression = { sql: scope.idColumn, cast: 'integer' };
  const base = { scope: scope.scope, select: selectColumns(dataSource, Quote, 'q'), conditions, params };
  const byPublication = args.orderBy != null && args.orderBy !== QuoteOrder.RECENTLY_ADDED;
  if (rankBy !== null) {
    if (byPublication) {
      throw new UserInputError('Give either "filter.rankByRelevance" or a publication "orderBy", not both.', {
        argumentName: 'orderBy',
      });
    }
    return {
      ...base,
      from: scope.from,
      sort: [{ sql: rankSql('q.search', rankBy), cast: 'real' }, id],
      direction: 'DESC',
    };
  }
  if (byPublication) {
    return {
      ...base,
      from: `${scope.from} JOIN articles quote_article ON quote_article.id = q.article_id`,
      sort: [{ sql: PUBLISHED, cast: 'timestamptz' }, id],
      direction: args.orderBy === QuoteOrder.PUBLISHED_OLDEST ? 'ASC' : 'DESC',
    };
  }
  return { ...base, from: scope.from, sort: [id], direction: scope.direction };
}

/** Given a scope, the connection of its quotes, filtered by the field's `filter`. */
export const quotePage = (scope: QuoteScope): PageRelation<Quote, QuotePageArgs> =>
  page(
    Quote,
    'q',
    (dataSource, args: QuotePageArgs, params) => quoteList(dataSource, scope, args, params),
    (args) => args.filter?.search != null,
  );

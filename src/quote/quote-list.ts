import type { DataSource } from 'typeorm';
import { selectColumns } from '../db/hydrate';
import type { SqlParams } from '../db/sql-params';
import { rankSql } from '../graphql/filters/search-and-dates';
import { UserInputError } from '../graphql/errors/coded-errors';
import { referenceIdExpression } from '../graphql/filters/reference-condition';
import { QUOTE_PLACES } from '../location/location-subtree';
import type { KeysetList, SortExpression } from '../graphql/pagination/keyset-query';
import { page, type PageRelation } from '../graphql/relations';
import { quoteConditions } from './quote-conditions';
import { QuoteOrder } from './quote-order';
import type { QuoteFilter } from './quote-filter.input';
import type { QuotePageArgs } from './quote-page.args';
import { Quote } from './quote.entity';

/** Whose quotes a list holds, and how its indexes walk them: what each quotes relation declares. */
export interface QuoteScope {
  from: string;
  /** Given SQL for the parent's key, the condition tying a quote to that parent. */
  scope: (parentKey: string) => string;
  /** The quote id as the scope's index sees it, so the sort walks that index. */
  idColumn: string;
  /** The quote's publication sort key as the scope's index holds it (`q.published_sort`, `qt.published_sort`). */
  publishedColumn: string;
  /** The direction of `RECENTLY_ADDED`: newest stored first, or reading order in one article. */
  direction: 'ASC' | 'DESC';
  /** The order when `orderBy` is omitted. */
  defaultOrder: QuoteOrder;
}

/**
 * Given a condition on `quotes q` (over the parent's key), the scope of the quotes meeting it: newest
 * published first unless told, `RECENTLY_ADDED` newest stored first unless told.
 */
export const quotesWhere = (
  scope: (parentKey: string) => string,
  order: { direction?: 'ASC' | 'DESC'; defaultOrder?: QuoteOrder } = {},
): QuoteScope => ({
  from: 'quotes q',
  scope,
  idColumn: 'q.id',
  publishedColumn: 'q.published_sort',
  direction: order.direction ?? 'DESC',
  defaultOrder: order.defaultOrder ?? QuoteOrder.PUBLISHED_NEWEST,
});

/** Every quote, newest published first. */
export const EVERY_QUOTE = quotesWhere(() => 'TRUE');

/** Given a scope over the link table `link` holding quotes by publication, the scope of its rows. */
const linkedQuotes = (table: string, key: string): QuoteScope => ({
  from: `${table} link JOIN quotes q ON q.id = link.quote_id`,
  scope: (parentKey) => `link.${key} = ${parentKey}`,
  idColumn: 'link.quote_id',
  publishedColumn: 'link.published_sort',
  direction: 'DESC',
  defaultOrder: QuoteOrder.PUBLISHED_NEWEST,
});

/** A topic's quotes: its quote_topics index in either order, then each quote by key. */
export const TOPIC_QUOTES = linkedQuotes('quote_topics', 'topic_id');

/**
 * A place's quotes, its own and those of every place inside it: its quote_places_within index in
 * either order, then each quote by key.
 */
export const PLACE_QUOTES = linkedQuotes(QUOTE_PLACES.table, 'location_id');

/**
 * Given the root list's filter, the narrower scope to walk and the filter left to apply, or null: a
 * filter by place or topic (the explorer's lists) walks that place's or topic's own index, where
 * walking every quote and checking each read a country's thousands of quotes for one page.
 */
function narrowedRoot(
  filter: QuoteFilter | null | undefined,
  params: SqlParams,
): { scope: QuoteScope; filter: QuoteFilter } | null {
  if (filter?.location != null) {
    const place = referenceIdExpression(filter.location, 'Location', 'filter.location', params);
    return {
      scope: { ...PLACE_QUOTES, scope: () => PLACE_QUOTES.scope(place) },
      filter: { ...filter, location: null },
    };
  }
  if (filter?.topic != null) {
    const topic = referenceIdExpression(filter.topic, 'Topic', 'filter.topic', params);
    return {
      scope: { ...TOPIC_QUOTES, scope: () => TOPIC_QUOTES.scope(topic) },
      filter: { ...filter, topic: null },
    };
  }
  return null;
}

/**
 * Given a scope and the list's arguments, returns the keyset list of quotes: by publication (the
 * default of most lists), in stored order when `orderBy` is `RECENTLY_ADDED`, or by full-text rank
 * (then id) when the filter asks for relevance, its placeholders numbered in `params`. A cursor made
 * in publication order names that order, so one from another order (or from before publication order
 * existed) is refused rather than read as a place in this one. BAD_USER_INPUT for relevance and an
 * explicit publication order at once.
 */
export function quoteList(
  dataSource: DataSource,
  scope: QuoteScope,
  args: Pick<QuotePageArgs, 'filter' | 'orderBy'>,
  params: SqlParams,
): KeysetList {
  const narrowed = scope === EVERY_QUOTE ? narrowedRoot(args.filter, params) : null;
  if (narrowed) return quoteList(dataSource, narrowed.scope, { ...args, filter: narrowed.filter }, params);
  const { conditions, rankBy } = quoteConditions(args.filter, params, scope.publishedColumn);
  const id: SortExpression = { sql: scope.idColumn, cast: 'integer' };
  const base = {
    from: scope.from,
    scope: scope.scope,
    select: selectColumns(dataSource, Quote, 'q'),
    conditions,
    params,
  };
  if (rankBy !== null) {
    if (args.orderBy === QuoteOrder.PUBLISHED_NEWEST || args.orderBy === QuoteOrder.PUBLISHED_OLDEST) {
      throw new UserInputError('Give either "filter.rankByRelevance" or a publication "orderBy", not both.', {
        argumentName: 'orderBy',
      });
    }
    return { ...base, sort: [{ sql: rankSql('q.search', rankBy), cast: 'real' }, id], direction: 'DESC' };
  }
  const order = args.orderBy ?? scope.defaultOrder;
  if (order === QuoteOrder.RECENTLY_ADDED) return { ...base, sort: [id], direction: scope.direction };
  return {
    ...base,
    sort: [{ sql: scope.publishedColumn, cast: 'timestamptz' }, id],
    direction: order === QuoteOrder.PUBLISHED_OLDEST ? 'ASC' : 'DESC',
    cursorTag: order,
  };
}

/** Given a scope, the connection of its quotes, filtered by the field's `filter`. */
export const quotePage = (scope: QuoteScope): PageRelation<Quote, QuotePageArgs> =>
  page(
    Quote,
    'q',
    (dataSource, args: QuotePageArgs, params) => quoteList(dataSource, scope, args, params),
    (args) => args.filter?.search != null,
  );

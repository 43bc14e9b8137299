import type { SqlParams } from '../../db/sql-params';
import { UserInputError } from '../errors/coded-errors';
import { requireSearchText } from './reference-condition';

/** The full-text part of a list filter. */
export interface SearchFilter {
  search?: string | null;
  rankByRelevance?: boolean | null;
}

/** The date range of a list filter. */
export interface DateRangeFilter {
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
}

/**
 * Given a filter and the row's `tsvector` column, returns the search condition (none without a
 * search) and the search text's placeholder when the matches are to be ranked; BAD_USER_INPUT for
 * an empty search or ranking without one.
 */
export function searchCondition(
  filter: SearchFilter,
  vector: string,
  params: SqlParams,
): { conditions: string[]; rankBy: string | null } {
  if (filter.search == null) {
    if (filter.rankByRelevance === true) {
      throw new UserInputError('"filter.rankByRelevance" needs "filter.search".', {
        argumentName: 'filter.rankByRelevance',
      });
    }
    return { conditions: [], rankBy: null };
  }
  const text = params.add(requireSearchText(filter.search, 'filter.search'));
  return {
    conditions: [`${vector} @@ websearch_to_tsquery('english', ${text})`],
    rankBy: filter.rankByRelevance === true ? text : null,
  };
}

/** Given the search text's placeholder and the row's `tsvector`, returns SQL for the match's rank. */
export const rankSql = (vector: string, text: string): string =>
  `ts_rank(${vector}, websearch_to_tsquery('english', ${text}))`;

/**
 * Given a filter and SQL for the row's date, returns the conditions of its date range
 * (`publishedAfter` inclusive, `publishedBefore` exclusive); BAD_USER_INPUT when it ends before it starts.
 */
export function dateRangeConditions(filter: DateRangeFilter, date: string, params: SqlParams): string[] {
  const { publishedAfter, publishedBefore } = filter;
  if (publishedAfter && publishedBefore && publishedAfter > publishedBefore) {
    throw new UserInputError('"filter.publishedAfter" must not be later than "filter.publishedBefore".');
  }
  return [
    ...(publishedAfter ? [`${date} >= ${params.add(publishedAfter)}`] : []),
    ...(publishedBefore ? [`${date} < ${params.add(publishedBefore)}`] : []),
  ];
}

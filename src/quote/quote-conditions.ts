import type { SqlParams } from '../db/sql-params';
import { referenceIdExpression } from '../graphql/filters/reference-condition';
import { dateRangeConditions, searchCondition } from '../graphql/filters/search-and-dates';
import { expectGlobalId } from '../graphql/ids/global-id';
import { namesPlaceWithin, QUOTE_PLACES } from '../location/location-subtree';
import type { QuoteFilter } from './quote-filter.input';

/** The SQL of a quote filter: WHERE conditions on alias `q`, and the search query when ranking. */
export interface QuoteConditions {
  conditions: string[];
  /** Placeholder of the search text, when the filter asks to rank its matches by relevance. */
  rankBy: string | null;
}

/**
 * Given a filter, returns its SQL conditions over `quotes q`, adding their values to `params`. Dates
 * are compared on `publishedColumn`, the quote's publication sort key as the list's index holds it
 * (`q.published_sort` unless told), so a date range narrows the index walk itself.
 */
export function quoteConditions(
  filter: QuoteFilter | null | undefined,
  params: SqlParams,
  publishedColumn = 'q.published_sort',
): QuoteConditions {
  const conditions: string[] = [];
  if (!filter) return { conditions, rankBy: null };
  if (filter.topic != null) {
    const topicId = referenceIdExpression(filter.topic, 'Topic', 'filter.topic', params);
    conditions.push(`q.id IN (SELECT quote_id FROM quote_topics WHERE topic_id = ${topicId})`);
  }
  if (filter.speaker != null) {
    conditions.push(
      `q.speaker_id = ${referenceIdExpression(filter.speaker, 'Speaker', 'filter.speaker', params)}`,
    );
  }
  if (filter.location != null) {
    const root = referenceIdExpression(filter.location, 'Location', 'filter.location', params);
    conditions.push(namesPlaceWithin(QUOTE_PLACES, 'q.id', root));
  }
  if (filter.article != null) {
    conditions.push(
      `q.article_id = ${params.add(expectGlobalId(filter.article, 'Article', 'filter.article'))}`,
    );
  }
  if (filter.kind != null) conditions.push(`q.kind = ${params.add(filter.kind)}`);
  const search = searchCondition(filter, 'q.search', params);
  conditions.push(...search.conditions);
  conditions.push(...dateRangeConditions(filter, publishedColumn, params));
  return { conditions, rankBy: search.rankBy };
}

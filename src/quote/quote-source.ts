import type { SqlParams } from '../db/sql-params';
import { referenceIdExpression } from '../graphql/filters/reference-condition';
import type { QuoteFilter } from './quote-filter.input';

/**
 * Given a filter, returns the FROM clause an aggregate over its quotes (`quotes q`) starts from.
 * With a topic, the topic's own index, each quote then read by key: a topic's size hides behind its
 * slug, and the planner, not seeing how few quotes one topic has, would hash every quote (the fence,
 * OFFSET 0, keeps the lookup by key). The filter's conditions still apply on top.
 */
export function quoteSource(filter: QuoteFilter | null | undefined, params: SqlParams): string {
  if (filter?.topic == null) return 'quotes q';
  const topicId = referenceIdExpression(filter.topic, 'Topic', 'filter.topic', params);
  return `(SELECT quote_id FROM quote_topics WHERE topic_id = ${topicId}) topic_quote
          CROSS JOIN LATERAL (SELECT * FROM quotes WHERE quotes.id = topic_quote.quote_id OFFSET 0) q`;
}

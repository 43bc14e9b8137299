import type { SqlParams } from '../db/sql-params';
import { UserInputError } from '../graphql/errors/coded-errors';
import { referenceIdExpression, requireSearchText } from '../graphql/filters/reference-condition';
import { expectGlobalId } from '../graphql/ids/global-id';
import type { QuoteFilter } from './quote-filter.input';

/** The SQL of a quote filter: WHERE conditions on alias `q`, and the search query when ranking. */
export interface QuoteConditions {
  conditions: string[];
  /** Placeholder of the search text, when the filter asks to rank its matches by relevance. */
  rankBy: string | null;
}

/** Given a filter, returns its SQL conditions over `quotes q`, adding their values to `params`. */
export function quoteConditions(filter: QuoteFilter | null | undefined, params: SqlParams): QuoteConditions {
  const conditions: string[] = [];
  let rankBy: string | null = null;
  if (!filter) return { conditions, rankBy };
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
    conditions.push(
      `q.id IN (SELECT quote_id FROM quote_locations WHERE location_id IN (SELECT id FROM location_subtree(${root})))`,
    );
  }
  if (filter.article != null) {
    conditions.push(
      `q.article_id = ${params.add(expectGlobalId(filter.article, 'Article', 'filter.article'))}`,
    );
  }
  if (filter.kind != null) conditions.push(`q.kind = ${params.add(filter.kind)}`);
  if (filter.search != null) {
    const text = params.add(requireSearchText(filter.search, 'filter.search'));
    conditions.push(`q.search @@ websearch_to_tsquery('english', ${text})`);
    if (filter.rankByRelevance === true) rankBy = text;
  } else if (filter.rankByRelevance === true) {
    throw new UserInputError('"filter.rankByRelevance" needs "filter.search".', {
      argumentName: 'filter.rankByRelevance',
    });
  }
  if (filter.publishedAfter && filter.publishedBefore && filter.publishedAfter > filter.publishedBefore) {
    throw new UserInputError('"filter.publishedAfter" must not be later than "filter.publishedBefore".');
  }
  if (filter.publishedAfter) {
    conditions.push(
      `EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id AND a.sort_at >= ${params.add(filter.publishedAfter)})`,
    );
  }
  if (filter.publishedBefore) {
    conditions.push(
      `EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id AND a.sort_at < ${params.add(filter.publishedBefore)})`,
    );
  }
  return { conditions, rankBy };
}

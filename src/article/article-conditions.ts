import type { SqlParams } from '../db/sql-params';
import { UserInputError } from '../graphql/errors/coded-errors';
import { referenceIdExpression, requireSearchText } from '../graphql/filters/reference-condition';
import type { ArticleFilter } from './article-filter.input';

/** The SQL of an article filter: WHERE conditions on alias `a`, and the search query when ranking. */
export interface ArticleConditions {
  conditions: string[];
  /** Placeholder of the search text, when the filter asks to rank its matches by relevance. */
  rankBy: string | null;
}

/** Given a filter, returns its SQL conditions over `articles a`, adding their values to `params`. */
export function articleConditions(
  filter: ArticleFilter | null | undefined,
  params: SqlParams,
): ArticleConditions {
  const conditions: string[] = [];
  let rankBy: string | null = null;
  if (!filter) return { conditions, rankBy };
  if (filter.source != null) conditions.push(`lower(a.source) = lower(${params.add(filter.source.trim())})`);
  if (filter.search != null) {
    const text = params.add(requireSearchText(filter.search, 'filter.search'));
    conditions.push(`a.search @@ websearch_to_tsquery('english', ${text})`);
    if (filter.rankByRelevance === true) rankBy = text;
  } else if (filter.rankByRelevance === true) {
    throw new UserInputError('"filter.rankByRelevance" needs "filter.search".', {
      argumentName: 'filter.rankByRelevance',
    });
  }
  if (filter.topic != null) {
    const topicId = referenceIdExpression(filter.topic, 'Topic', 'filter.topic', params);
    conditions.push(
      `a.id IN (SELECT q.article_id FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id WHERE qt.topic_id = ${topicId})`,
    );
  }
  if (filter.location != null) {
    const root = referenceIdExpression(filter.location, 'Location', 'filter.location', params);
    conditions.push(
      `a.id IN (SELECT article_id FROM article_locations WHERE location_id IN (SELECT id FROM location_subtree(${root})))`,
    );
  }
  if (filter.publishedAfter && filter.publishedBefore && filter.publishedAfter > filter.publishedBefore) {
    throw new UserInputError('"filter.publishedAfter" must not be later than "filter.publishedBefore".');
  }
  if (filter.publishedAfter) conditions.push(`a.sort_at >= ${params.add(filter.publishedAfter)}`);
  if (filter.publishedBefore) conditions.push(`a.sort_at < ${params.add(filter.publishedBefore)}`);
  return { conditions, rankBy };
}

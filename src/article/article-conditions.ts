import type { SqlParams } from '../db/sql-params';
import { referenceIdExpression } from '../graphql/filters/reference-condition';
import { dateRangeConditions, searchCondition } from '../graphql/filters/search-and-dates';
import { ARTICLE_PLACES, namesPlaceWithin } from '../location/location-subtree';
import type { ArticleFilter } from './article-filter.input';

/** The SQL of an article filter: WHERE conditions on alias `a`, and the search query when ranking. */
export interface ArticleConditions {
  conditions: string[];
  /** Placeholder of the search text, when the filter asks to rank its matches by relevance. */
  rankBy: string | null;
}

/**
 * Given a filter, returns its SQL conditions over `articles a`, adding their values to `params`.
 * Dates are compared on `sortColumn`, the article's sort key as the list's index holds it
 * (`a.sort_at` unless told), so a date range narrows the index walk itself.
 */
export function articleConditions(
  filter: ArticleFilter | null | undefined,
  params: SqlParams,
  sortColumn = 'a.sort_at',
): ArticleConditions {
  const conditions: string[] = [];
  if (!filter) return { conditions, rankBy: null };
  if (filter.source != null) conditions.push(`lower(a.source) = lower(${params.add(filter.source.trim())})`);
  const search = searchCondition(filter, 'a.search', params);
  conditions.push(...search.conditions);
  if (filter.topic != null) {
    const topicId = referenceIdExpression(filter.topic, 'Topic', 'filter.topic', params);
    conditions.push(
      `a.id IN (SELECT q.article_id FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id WHERE qt.topic_id = ${topicId})`,
    );
  }
  if (filter.location != null) {
    const root = referenceIdExpression(filter.location, 'Location', 'filter.location', params);
    conditions.push(namesPlaceWithin(ARTICLE_PLACES, 'a.id', root));
  }
  conditions.push(...dateRangeConditions(filter, sortColumn, params));
  return { conditions, rankBy: search.rankBy };
}

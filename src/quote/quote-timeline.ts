import { ArgsType, Field } from 'type-graphql';
import type { SqlParams } from '../db/sql-params';
import { referenceIdExpression } from '../graphql/filters/reference-condition';
import { dateRangeConditions } from '../graphql/filters/search-and-dates';
import { quoteConditions } from './quote-conditions';
import { quoteSource } from './quote-source';
import { QuoteFilter } from './quote-filter.input';
import { TimelineInterval, TRUNCATE_TO } from './timeline-interval';

/** The arguments of `quoteTimeline`. */
@ArgsType()
export class QuoteTimelineArgs {
  @Field(() => QuoteFilter, { nullable: true, description: 'Only quotes matching every field given.' })
  filter?: QuoteFilter | null;

  @Field(() => TimelineInterval, { description: 'How wide each bucket is.' })
  interval!: TimelineInterval;
}

/** The rows a timeline counts: FROM, WHERE and the publication sort key of each row. */
interface CountedRows {
  from: string;
  conditions: string[];
  published: string;
}

/**
 * Given a filter, returns the rows its timeline counts. A topic with at most a date range is read
 * from the topic's own (topic, published_sort) index alone, never touching a quote; anything else
 * counts the filter's quotes by their own copy of the date, so no article is read either.
 */
function countedRows(filter: QuoteFilter | null | undefined, params: SqlParams): CountedRows {
  const { topic, publishedAfter, publishedBefore, ...others } = filter ?? {};
  const onlyTopic = topic != null && Object.values(others).every((value) => value == null);
  if (onlyTopic) {
    const topicId = referenceIdExpression(topic, 'Topic', 'filter.topic', params);
    const dates = dateRangeConditions({ publishedAfter, publishedBefore }, 'qt.published_sort', params);
    return {
      from: 'quote_topics qt',
      conditions: [`qt.topic_id = ${topicId}`, ...dates],
      published: 'qt.published_sort',
    };
  }
  const from = quoteSource(filter, params);
  return { from, conditions: quoteConditions(filter, params).conditions, published: 'q.published_sort' };
}

/**
 * Given the arguments, returns the SELECT of the timeline: `"start"` and `"count"` of every bucket
 * from the first to the last with a match, empty buckets included, so a chart's bars are evenly spaced.
 * Buckets are cut in UTC (date_trunc on the UTC wall clock), whatever the session's time zone.
 */
export function quoteTimelineSql(args: QuoteTimelineArgs, params: SqlParams): string {
  const unit = TRUNCATE_TO[args.interval];
  const rows = countedRows(args.filter, params);
  return `WITH counted AS (
            SELECT date_trunc('${unit}', ${rows.published} AT TIME ZONE 'UTC') AS bucket, count(*)::integer AS n
              FROM ${rows.from}
             WHERE ${rows.conditions.length ? rows.conditions.join(' AND ') : 'TRUE'}
             GROUP BY 1)
          SELECT series.bucket AT TIME ZONE 'UTC' AS "start", coalesce(counted.n, 0) AS "count"
            FROM (SELECT min(bucket) AS low, max(bucket) AS high FROM counted) span
           CROSS JOIN LATERAL generate_series(span.low, span.high, interval '1 ${unit}') AS series(bucket)
            LEFT JOIN counted ON counted.bucket = series.bucket`;
}

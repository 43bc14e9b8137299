import { ArgsType, Field } from 'type-graphql';
import type { SqlParams } from '../db/sql-params';
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

/**
 * Given the arguments, returns the SELECT of the timeline: `"start"` and `"count"` of every bucket
 * from the first to the last with a match, empty buckets included, so a chart's bars are evenly spaced.
 * Buckets are cut in UTC (date_trunc on the UTC wall clock), whatever the session's time zone.
 */
export function quoteTimelineSql(args: QuoteTimelineArgs, params: SqlParams): string {
  const { conditions } = quoteConditions(args.filter, params);
  const unit = TRUNCATE_TO[args.interval];
  // A filter that picks quotes through an index (topic, speaker, place, article, words) leaves few
  // rows: each finds its article's date by key (the fence keeps the planner from scanning every
  // article for a hash join it misjudges). The whole archive, or a date range, is one pass instead.
  const { topic, speaker, location, article, search } = args.filter ?? {};
  const narrowed = [topic, speaker, location, article, search].some((value) => value != null);
  const quotes = quoteSource(args.filter, params);
  const articles = narrowed
    ? `${quotes} CROSS JOIN LATERAL (SELECT sort_at FROM articles WHERE articles.id = q.article_id OFFSET 0) a`
    : `${quotes} JOIN articles a ON a.id = q.article_id`;
  return `WITH counted AS (
            SELECT date_trunc('${unit}', a.sort_at AT TIME ZONE 'UTC') AS bucket, count(*)::integer AS n
              FROM ${articles}
             WHERE ${conditions.length ? conditions.join(' AND ') : 'TRUE'}
             GROUP BY 1)
          SELECT series.bucket AT TIME ZONE 'UTC' AS "start", coalesce(counted.n, 0) AS "count"
            FROM (SELECT min(bucket) AS low, max(bucket) AS high FROM counted) span
           CROSS JOIN LATERAL generate_series(span.low, span.high, interval '1 ${unit}') AS series(bucket)
            LEFT JOIN counted ON counted.bucket = series.bucket`;
}

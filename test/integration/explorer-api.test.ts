import { describe, expect, it } from 'vitest';
import { ingestSampleArticles, useTestEnvironment } from '../helpers/test-environment';

interface Bucket {
  start: string;
  count: number;
}

/** The read fields the explorer's charts and sort stand on, checked against what the sample data holds. */
describe('timelines, rankings and publication order', () => {
  const env = useTestEnvironment({}, ingestSampleArticles);

  it('counts quotes per month from the first to the last, empty months included, each in one statement', async () => {
    const result = await env.graphql<{ all: Bucket[]; bases: Bucket[]; total: { totalCount: number } }>(
      `{ all: quoteTimeline(interval: MONTH) { start count }
         bases: quoteTimeline(interval: MONTH, filter: { topic: "military-bases" }) { start count }
         total: quotes { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const { all, bases, total } = result.data ?? { all: [], bases: [], total: { totalCount: 0 } };
    expect(all.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(total.totalCount);
    expect(bases).toEqual([
      { start: '2026-03-01T00:00:00.000Z', count: 1 },
      { start: '2026-04-01T00:00:00.000Z', count: 1 },
      { start: '2026-05-01T00:00:00.000Z', count: 0 },
      { start: '2026-06-01T00:00:00.000Z', count: 0 },
      { start: '2026-07-01T00:00:00.000Z', count: 2 },
    ]);
  });

  it('cuts weeks on Mondays and days at UTC midnight, and answers [] when nothing matches', async () => {
    const { data } = await env.graphql<{ weeks: Bucket[]; days: Bucket[]; none: Bucket[] }>(
      `{ weeks: quoteTimeline(interval: WEEK, filter: { topic: "military-bases" }) { start count }
         days: quoteTimeline(interval: DAY, filter: { publishedAfter: "2026-03-02T00:00:00Z", publishedBefore: "2026-03-04T00:00:00Z" }) { start count }
         none: quoteTimeline(interval: DAY, filter: { search: "zeppelin" }) { start count } }`,
    );
    const weeks = data?.weeks ?? [];
    for (const week of weeks) expect(new Date(week.start).getUTCDay()).toBe(1);
    expect(weeks[0]?.start).toBe('2026-03-02T00:00:00.000Z');
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(4);
    expect(data?.days.map((day) => day.start)).toEqual(['2026-03-02T00:00:00.000Z']);
    expect(data?.none).toEqual([]);
  });

  it('ranks a topic’s speakers, a speaker’s topics and a result’s places by their quotes, most first', async () => {
    const { data, errors } = await env.graphql<{
      topic: { topSpeakers: { quoteCount: number; speaker: { slug: string } }[] };
      speaker: { topTopics: { quoteCount: number; topic: { slug: string } }[]; quoteCount: number };
      quoteLocations: { quoteCount: number; location: { slug: string } }[];
      one: { topSpeakers: unknown[] };
    }>(
      `{ topic(slug: "military-bases") { topSpeakers { quoteCount speaker { slug } } }
         speaker(slug: "viktor-sarenko") { quoteCount topTopics(first: 5) { quoteCount topic { slug } } }
         quoteLocations(filter: { topic: "military-bases" }) { quoteCount location { slug } }
         one: topic(slug: "military-bases") { topSpeakers(first: 1) { quoteCount } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.topic.topSpeakers).toEqual([
      { quoteCount: 2, speaker: { slug: 'aidos-temirbekov' } },
      { quoteCount: 1, speaker: { slug: expect.any(String) } },
      { quoteCount: 1, speaker: { slug: expect.any(String) } },
    ]);
    expect(data?.speaker.topTopics[0]).toEqual({ quoteCount: 3, topic: { slug: 'defense' } });
    expect(data?.speaker.topTopics).toContainEqual({ quoteCount: 1, topic: { slug: 'military-bases' } });
    expect(data?.quoteLocations).toEqual([{ quoteCount: 1, location: { slug: 'kazakhstan' } }]);
    expect(data?.one.topSpeakers).toHaveLength(1);
  });

  it('refuses a ranking of more than 100 with a typed error', async () => {
    const { errors } = await env.graphql(`{ quoteLocations(first: 101) { quoteCount } }`);
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toBe('"first" must be between 0 and 100.');
  });

  it('pages by publication, newest or oldest first, exactly across pages', async () => {
    const read = async (orderBy: string) => {
      const dates: string[] = [];
      let after: string | null = null;
      do {
        const page: {
          data: {
            quotes: {
              nodes: { article: { publishedAt: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          } | null;
        } = await env.graphql(
          `query($after: String) { quotes(first: 7, after: $after, orderBy: ${orderBy}) {
             nodes { article { publishedAt } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        const quotes = page.data?.quotes;
        dates.push(...(quotes?.nodes ?? []).map((quote) => quote.article.publishedAt));
        after = quotes?.pageInfo.hasNextPage ? quotes.pageInfo.endCursor : null;
      } while (after);
      return dates;
    };
    const newest = await read('PUBLISHED_NEWEST');
    const oldest = await read('PUBLISHED_OLDEST');
    const { data } = await env.graphql<{ quotes: { totalCount: number } }>(`{ quotes { totalCount } }`);
    expect(newest).toHaveLength(data?.quotes.totalCount ?? -1);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(oldest).toEqual([...newest].reverse());
  });

  it('refuses relevance and publication order together', async () => {
    const { errors } = await env.graphql(
      `{ quotes(orderBy: PUBLISHED_OLDEST, filter: { search: "base", rankByRelevance: true }) { nodes { text } } }`,
    );
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

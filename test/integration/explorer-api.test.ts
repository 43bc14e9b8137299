import { describe, expect, it } from 'vitest';
import { ingestSampleArticles, useTestEnvironment } from '../helpers/test-environment';

interface Bucket {
  start: string;
  count: number;
}

/** The read fields the explorer's charts and sort stand on, checked against what the sample data holds. */
describe('timelines, rankings and publication order', () => {
  const env = useTestEnvironment({}, ingestSampleArticles);

  /** The topic's quotes as the list gives them: what every chart of it must agree with. */
  async function topicQuotes(slug: string) {
    const { data } = await env.graphql<{
      topic: {
        quotes: {
          nodes: {
            article: { publishedAt: string };
            speaker: { slug: string } | null;
            locations: { slug: string }[];
          }[];
        };
      };
    }>(
      `query($slug: String!) { topic(slug: $slug) { quotes(first: 100) { nodes {
         article { publishedAt } speaker { slug } locations { slug } } } } }`,
      { slug },
    );
    return data?.topic.quotes.nodes ?? [];
  }

  /** Given items, how many of each key, as a map. */
  const tally = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };

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
    // Expected from the topic's own list: quotes per UTC month, every month between first and last.
    const perMonth = tally(
      (await topicQuotes('military-bases')).map(
        (quote) => `${quote.article.publishedAt.slice(0, 7)}-01T00:00:00.000Z`,
      ),
    );
    const months = [...perMonth.keys()].sort();
    const expected: Bucket[] = [];
    for (
      let month = new Date(months[0] as string);
      month <= new Date(months.at(-1) as string);
      month.setUTCMonth(month.getUTCMonth() + 1)
    ) {
      expected.push({ start: month.toISOString(), count: perMonth.get(month.toISOString()) ?? 0 });
    }
    expect(expected.length).toBeGreaterThan(2);
    expect(bases).toEqual(expected);
  });

  it('cuts weeks on Mondays and days at UTC midnight, and answers [] when nothing matches', async () => {
    const { data } = await env.graphql<{ weeks: Bucket[]; days: Bucket[]; none: Bucket[] }>(
      `{ weeks: quoteTimeline(interval: WEEK, filter: { topic: "military-bases" }) { start count }
         days: quoteTimeline(interval: DAY, filter: { publishedAfter: "2026-03-02T00:00:00Z", publishedBefore: "2026-03-04T00:00:00Z" }) { start count }
         none: quoteTimeline(interval: DAY, filter: { search: "zeppelin" }) { start count } }`,
    );
    const weeks = data?.weeks ?? [];
    for (const week of weeks) expect(new Date(week.start).getUTCDay()).toBe(1);
    const quotes = await topicQuotes('military-bases');
    const first = new Date(quotes.map((quote) => quote.article.publishedAt).sort()[0] as string);
    first.setUTCHours(0, 0, 0, 0);
    first.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
    expect(weeks[0]?.start).toBe(first.toISOString());
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(quotes.length);
    expect(data?.days.map((day) => day.start)).toEqual(['2026-03-02T00:00:00.000Z']);
    expect(data?.none).toEqual([]);
  });

  it('ranks a topic’s speakers, a speaker’s topics and a result’s places by their quotes, most first', async () => {
    const { data, errors } = await env.graphql<{
      topic: { topSpeakers: { quoteCount: number; speaker: { slug: string } }[] };
      speaker: { topTopics: { quoteCount: number; topic: { slug: string } }[] };
      quoteLocations: { quoteCount: number; location: { slug: string } }[];
      one: { topSpeakers: unknown[] };
    }>(
      `{ topic(slug: "military-bases") { topSpeakers { quoteCount speaker { slug } } }
         speaker(slug: "viktor-sarenko") { topTopics(first: 100) { quoteCount topic { slug } } }
         quoteLocations(first: 100, filter: { topic: "military-bases" }) { quoteCount location { slug } }
         one: topic(slug: "military-bases") { topSpeakers(first: 1) { quoteCount } } }`,
    );
    expect(errors).toBeUndefined();
    const quotes = await topicQuotes('military-bases');
    const bySpeaker = tally(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.slug] : [])));
    const ranking = data?.topic.topSpeakers ?? [];
    expect(new Map(ranking.map((entry) => [entry.speaker.slug, entry.quoteCount]))).toEqual(bySpeaker);
    expect(ranking.map((entry) => entry.quoteCount)).toEqual([...bySpeaker.values()].sort((a, b) => b - a));
    const sarenko = data?.speaker.topTopics ?? [];
    expect(sarenko).toContainEqual({
      quoteCount: bySpeaker.get('viktor-sarenko'),
      topic: { slug: 'military-bases' },
    });
    expect(sarenko.map((entry) => entry.quoteCount)).toEqual(
      sarenko.map((entry) => entry.quoteCount).sort((a, b) => b - a),
    );
    const byPlace = tally(quotes.flatMap((quote) => quote.locations.map((place) => place.slug)));
    expect(new Map(data?.quoteLocations.map((entry) => [entry.location.slug, entry.quoteCount]))).toEqual(
      byPlace,
    );
    expect(byPlace.size).toBeGreaterThan(0);
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';

// SAMPLE DATA written for these tests: invented speakers and words, real places.
const ARTICLES = [
  {
    title: 'Governor warns on prices',
    source: 'Alpha Wire',
    url: 'https://example.org/filters/prices',
    publishedAt: '2026-01-10T08:00:00Z',
    body: [
      'BUCHAREST. Central bank governor Dana Rusu spoke in Bucharest on Friday.',
      '“Inflation in Romania will slow down by the summer,” Rusu said.',
      '“The exchange rate is stable and the key rate stays where it is,” she added.',
    ].join('\n'),
  },
  {
    title: 'Minister rules out foreign base',
    source: 'Beta News',
    url: 'https://example.org/filters/base',
    publishedAt: '2026-02-20T08:00:00Z',
    body: [
      'MINSK. Defence Minister Tomas Verenko visited Gomel on Monday.',
      '“No foreign military base will be built near Gomel,” Verenko said.',
      '“Our own troops are enough to guard the border,” he added.',
    ].join('\n'),
  },
  {
    title: 'Minister on energy talks',
    source: 'Alpha Wire',
    url: 'https://example.org/filters/energy',
    publishedAt: '2026-03-05T08:00:00Z',
    body: [
      'MOSCOW. Energy Minister Oleg Sarin held talks in Moscow.',
      '“Natural gas prices for our partners will not change this year,” Sarin said.',
    ].join('\n'),
  },
];

type Texts = { quotes: { totalCount: number; nodes: { text: string }[] } };
const QUOTES = `query($filter: QuoteFilter) { quotes(first: 100, filter: $filter) { totalCount nodes { text } } }`;

describe('filters', () => {
  let env: TestEnvironment;
  const ids: string[] = [];
  beforeAll(async () => {
    env = await createTestEnvironment();
    for (const article of ARTICLES) ids.push((await env.ingest(article)).id);
  });
  afterAll(async () => {
    await env?.close();
  });

  const texts = async (filter: Record<string, unknown>) => {
    const result = await env.graphql<Texts>(QUOTES, { filter });
    expect(result.errors, JSON.stringify(filter)).toBeUndefined();
    return result.data?.quotes.nodes.map((node) => node.text) ?? [];
  };

  it('filters quotes by topic, speaker, article, kind and dates', async () => {
    expect(await texts({ topic: 'military-bases' })).toContain(
      'No foreign military base will be built near Gomel',
    );
    expect(await texts({ topic: 'military-bases' })).not.toContain(
      'Inflation in Romania will slow down by the summer',
    );
    expect(await texts({ speaker: 'oleg-sarin' })).toEqual([
      'Natural gas prices for our partners will not change this year',
    ]);
    expect(await texts({ article: ids[0] })).toHaveLength(2);
    expect(await texts({ kind: 'INDIRECT', article: ids[2] })).toEqual([]);
    expect(
      await texts({ publishedAfter: '2026-02-01T00:00:00Z', publishedBefore: '2026-03-01T00:00:00Z' }),
    ).toEqual([
      'Our own troops are enough to guard the border',
      'No foreign military base will be built near Gomel',
    ]);
  });

  it('matches a place and every place inside it', async () => {
    const inBelarus = await texts({ location: 'belarus' });
    expect(inBelarus).toEqual(['No foreign military base will be built near Gomel']);
    expect(await texts({ location: 'romania' })).toEqual([
      'Inflation in Romania will slow down by the summer',
    ]);
  });

  it('searches quote text in web-search syntax', async () => {
    expect(await texts({ search: 'military base' })).toEqual([
      'No foreign military base will be built near Gomel',
    ]);
    expect(await texts({ search: 'prices -gas' })).toEqual([]);
    expect(await texts({ search: '"exchange rate" OR troops' })).toHaveLength(2);
    const empty = await env.graphql(QUOTES, { filter: { search: '   ' } });
    expect(empty.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('keeps search matches newest first unless asked to rank them by relevance', async () => {
    const search = 'inflation OR rate OR prices';
    const gas = 'Natural gas prices for our partners will not change this year';
    const rate = 'The exchange rate is stable and the key rate stays where it is';
    const inflation = 'Inflation in Romania will slow down by the summer';
    expect(await texts({ search })).toEqual([gas, rate, inflation]);
    // "rate" twice outranks one word; equal ranks stay newest first.
    expect(await texts({ search, rankByRelevance: true })).toEqual([rate, gas, inflation]);
    const nothingToRank = await env.graphql(QUOTES, { filter: { rankByRelevance: true } });
    expect(nothingToRank.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('filters articles by source, search, topic, place and dates', async () => {
    const titles = async (filter: Record<string, unknown>) => {
      const result = await env.graphql<{ articles: { nodes: { title: string }[] } }>(
        `query($filter: ArticleFilter) { articles(filter: $filter) { nodes { title } } }`,
        { filter },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.articles.nodes.map((node) => node.title);
    };
    expect(await titles({ source: 'alpha wire' })).toEqual([
      'Minister on energy talks',
      'Governor warns on prices',
    ]);
    expect(await titles({ search: 'gas' })).toEqual(['Minister on energy talks']);
    expect(await titles({ topic: 'military-bases' })).toEqual(['Minister rules out foreign base']);
    expect(await titles({ location: 'belarus' })).toEqual(['Minister rules out foreign base']);
    expect(await titles({ publishedBefore: '2026-02-01T00:00:00Z' })).toEqual(['Governor warns on prices']);
  });

  it('tags stored quotes when a topic is created, with weak terms only beside strong ones', async () => {
    const created = await env.graphql<{
      createTopic: { slug: string; quoteCount: number; quotes: { nodes: { text: string }[] } };
    }>(
      `mutation { createTopic(input: { name: "Border security", keywords: ["border"], weakKeywords: ["guard"] }) {
         slug quoteCount quotes { nodes { text } } } }`,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createTopic).toEqual({
      slug: 'border-security',
      quoteCount: 1,
      quotes: { nodes: [{ text: 'Our own troops are enough to guard the border' }] },
    });
    const duplicate = await env.graphql(
      `mutation { createTopic(input: { name: "Border security", keywords: ["x"] }) { slug } }`,
    );
    expect(duplicate.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const noKeywords = await env.graphql(
      `mutation { createTopic(input: { name: "Empty", keywords: [" "] }) { slug } }`,
    );
    expect(noKeywords.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    for (const keywords of ['["-customer base"]', '["base", "…"]']) {
      const refused = await env.graphql<{ createTopic: unknown }>(
        `mutation { createTopic(input: { name: "Refused", keywords: ${keywords} }) { slug } }`,
      );
      expect(refused.errors?.[0]?.extensions?.['code'], keywords).toBe('BAD_USER_INPUT');
      expect(refused.data?.createTopic ?? null).toBeNull();
    }
  });

  it('reads keyword patterns when it tags stored quotes: alternatives, gaps and exceptions', async () => {
    const created = await env.graphql<{ createTopic: { quotes: { nodes: { text: string }[] } } }>(
      `mutation { createTopic(input: { name: "Price outlook", keywords: ["inflation|prices … slow|change", "-natural gas"] }) {
         quotes { nodes { text } } } }`,
    );
    expect(created.errors).toBeUndefined();
    // The gas prices quote matches the pattern too, but lies on the exception.
    expect(created.data?.createTopic.quotes.nodes).toEqual([
      { text: 'Inflation in Romania will slow down by the summer' },
    ]);
  });

  it('lists speakers and places with their relations both ways', async () => {
    const result = await env.graphql<{
      speaker: {
        name: string;
        role: string | null;
        quoteCount: number;
        topics: { slug: string }[];
        articles: { totalCount: number };
      };
      location: {
        name: string;
        kind: string;
        parent: { name: string } | null;
        articles: { totalCount: number };
      };
    }>(`{
      speaker(slug: "tomas-verenko") { name role quoteCount topics { slug } articles { totalCount } }
      location(slug: "belarus") { name kind parent { name } articles { totalCount } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.speaker).toMatchObject({
      name: 'Tomas Verenko',
      quoteCount: 2,
      articles: { totalCount: 1 },
    });
    expect(result.data?.speaker.topics.map((topic) => topic.slug)).toContain('military-bases');
    expect(result.data?.location).toEqual({
      name: 'Belarus',
      kind: 'COUNTRY',
      parent: null,
      articles: { totalCount: 1 },
    });
  });
});

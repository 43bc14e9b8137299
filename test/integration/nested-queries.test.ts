import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { startExtraApp } from '../helpers/extra-app';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment, type TestEnvironment } from '../helpers/test-environment';

const DEPTH_FOUR = `{
  topics {
    slug
    quotes(first: 100) {
      nodes {
        text
        speaker { name quotes(first: 100) { nodes { text article { title } } } }
      }
    }
  }
}`;

async function ingestMany(env: TestEnvironment, from: number, count: number): Promise<void> {
  for (let start = from; start < from + count; start += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, from + count - start) }, (_, offset) =>
        env.ingest(militaryBaseArticle(start + offset)),
      ),
    );
  }
}

// One database, two servers: compiled (one statement per query) and through the resolvers (one per
// level, via DataLoaders). The data is ingested once, by the first test, which measures both sizes.
describe('nested queries', () => {
  const env = useTestEnvironment();
  let resolvers: RunningApp;
  beforeAll(async () => {
    ({ app: resolvers } = await startExtraApp(env, {
      COMPILE_QUERIES: 'false',
      EXPOSE_SQL_STATEMENT_COUNT: 'true',
    }));
  });
  afterAll(async () => {
    await resolvers.close();
  });
  const modes = [
    ['compiled', () => env.url],
    ['resolvers', () => resolvers.url],
  ] as const;
  type DepthFour = { topics: { quotes: { nodes: unknown[] } }[] };
  const depthFour = () =>
    Promise.all(modes.map(([, url]) => env.graphql<DepthFour>(DEPTH_FOUR, {}, { url: url() })));

  it('cost the same number of SQL statements for 20 quotes as for 200 (no N+1), on both paths', async () => {
    await ingestMany(env, 0, 10); // two quotes each: 20 quotes
    const smalls = await depthFour();
    const quotesSeen = (result: (typeof smalls)[number]) =>
      result.data?.topics.reduce((sum, topic) => sum + topic.quotes.nodes.length, 0) ?? 0;
    await ingestMany(env, 10, 90); // 200 quotes
    const larges = await depthFour();
    for (const [index, small] of smalls.entries()) {
      const large = larges[index] as typeof small;
      expect(small.errors).toBeUndefined();
      expect(quotesSeen(small)).toBeGreaterThanOrEqual(20);
      expect(large.errors).toBeUndefined();
      expect(quotesSeen(large)).toBeGreaterThanOrEqual(100);
      expect(Number.isFinite(small.statements)).toBe(true);
      expect(large.statements).toBe(small.statements);
      // topics; quotes per topic; speakers; quotes per speaker; articles: one statement per level.
      expect(large.statements).toBeLessThanOrEqual(5);
    }
  });

  describe.each(modes)('(%s)', (_mode, url) => {
    it('answers every quote about military bases with its speaker and article', async () => {
      const result = await env.graphql<{
        topic: {
          name: string;
          quotes: {
            totalCount: number;
            nodes: { text: string; speaker: { name: string }; article: { title: string } }[];
          };
        };
      }>(
        `{ topic(slug: "military-bases") { name quotes(first: 5) { totalCount nodes { text speaker { name } article { title } } } } }`,
        {},
        { url: url() },
      );
      expect(result.data?.topic.name).toBe('Military bases');
      expect(result.data?.topic.quotes.totalCount).toBeGreaterThanOrEqual(100);
      for (const quote of result.data?.topic.quotes.nodes ?? []) {
        expect(quote.text).toMatch(/military base|troops/i);
        expect(quote.speaker.name).toBe('Tomas Verenko');
        expect(quote.article.title).toMatch(/^Minister comments on base plans/);
      }
    });

    it('gives the article body on quotes, where the article rides along without it, at the quote offsets', async () => {
      const result = await env.graphql<{
        quotes: {
          nodes: {
            text: string;
            startOffset: number;
            endOffset: number;
            article: { title: string; body: string };
          }[];
        };
      }>(
        `{ quotes(first: 5) { nodes { text startOffset endOffset article { title body } } } }`,
        {},
        { url: url() },
      );
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.quotes.nodes ?? [];
      expect(nodes).toHaveLength(5);
      for (const quote of nodes)
        expect(quote.article.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
    });

    it('fetches any object again through node(id)', async () => {
      const listed = await env.graphql<{
        quotes: { nodes: { id: string; text: string; speaker: { id: string }; article: { id: string } }[] };
      }>(`{ quotes(first: 1) { nodes { id text speaker { id } article { id } } } }`, {}, { url: url() });
      const quote = listed.data?.quotes.nodes[0];
      expect(quote).toBeDefined();
      const again = await env.graphql<{
        q: { __typename: string; text: string };
        s: { __typename: string };
        a: { __typename: string };
      }>(
        `query($q: ID!, $s: ID!, $a: ID!) { q: node(id: $q) { __typename ... on Quote { text } } s: node(id: $s) { __typename } a: node(id: $a) { __typename } }`,
        { q: quote?.id, s: quote?.speaker.id, a: quote?.article.id },
        { url: url() },
      );
      expect(again.data).toEqual({
        q: { __typename: 'Quote', text: quote?.text },
        s: { __typename: 'Speaker' },
        a: { __typename: 'Article' },
      });
      const garbage = await env.graphql(`{ node(id: "not-an-id") { id } }`, {}, { url: url() });
      expect(garbage.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });
  });
});

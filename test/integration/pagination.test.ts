import { describe, expect, it } from 'vitest';
import { manyQuotesArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';

type Page = {
  quotes: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
};
const PAGE = `query($first: Int, $after: String) {
  quotes(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } }
}`;

describe('connections', () => {
  const env = useTestEnvironment({}, async (env) => {
    for (let index = 0; index < 5; index += 1) await env.ingest(manyQuotesArticle(index, 11)); // 55 quotes
  });

  it('walks a list page by page with no duplicate and no gap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: { data: Page | null } = await env.graphql<Page>(PAGE, { first: 7, after });
      const connection = result.data?.quotes;
      if (!connection) throw new Error('no page');
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen.length).toBe(55);
    expect(new Set(seen).size).toBe(55);
    expect(pages).toBe(8);
    const all = await env.graphql<Page>(PAGE, { first: 100 });
    expect(all.data?.quotes.edges.map((edge) => edge.node.id)).toEqual(seen);
    expect(all.data?.quotes.totalCount).toBe(55);
  });

  it('returns 20 items when `first` is omitted', async () => {
    const result = await env.graphql<Page>(PAGE, {});
    expect(result.data?.quotes.edges).toHaveLength(20);
  });

  it('refuses `first` over 100 or below 0, and foreign or garbage cursors, as BAD_USER_INPUT', async () => {
    const articles = await env.graphql<{ articles: { pageInfo: { endCursor: string } } }>(
      `{ articles(first: 1) { pageInfo { endCursor } } }`,
    );
    for (const variables of [
      { first: 101 },
      { first: -1 },
      { after: 'garbage!' },
      { after: 'bm90IGpzb24' },
      { after: articles.data?.articles.pageInfo.endCursor },
    ]) {
      const result = await env.graphql(PAGE, variables);
      expect(result.errors?.[0]?.extensions?.['code'], JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).not.toMatch(/select|from|sql|stack/i);
    }
  });

  it('pages nested lists the same way, per parent', async () => {
    const result = await env.graphql<{
      articles: {
        nodes: { quotes: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }[];
      };
    }>(
      `{ articles(first: 5) { nodes { quotes(first: 4) { totalCount nodes { id } pageInfo { hasNextPage } } } } }`,
    );
    const nested = result.data?.articles.nodes ?? [];
    expect(nested).toHaveLength(5);
    for (const article of nested) {
      expect(article.quotes).toMatchObject({ totalCount: 11, pageInfo: { hasNextPage: true } });
      expect(article.quotes.nodes).toHaveLength(4);
    }
  });
});

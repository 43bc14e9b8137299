import { describe, expect, it } from 'vitest';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';

const COUNTS = `{ articles { totalCount } quotes { totalCount } speakers { totalCount } }`;
type Counts = {
  articles: { totalCount: number };
  quotes: { totalCount: number };
  speakers: { totalCount: number };
};

describe('ingesting articles', () => {
  const env = useTestEnvironment();

  it('stores the same article once, whether it comes back by URL or by text', async () => {
    const article = militaryBaseArticle(1);
    const first = await env.ingest(article);
    const again = await env.ingest(article);
    const sameTextNoUrl = await env.ingest({ ...article, url: undefined, body: `  ${article.body}\n\n` });
    const sameUrlNewText = await env.ingest({
      ...article,
      body: `${article.body}\nA correction was appended.`,
    });
    expect(first.created).toBe(true);
    expect([again, sameTextNoUrl, sameUrlNewText].map((outcome) => outcome.created)).toEqual([
      false,
      false,
      false,
    ]);
    expect(new Set([first.id, again.id, sameTextNoUrl.id, sameUrlNewText.id]).size).toBe(1);
    const counts = await env.graphql<Counts>(COUNTS);
    expect(counts.data?.articles.totalCount).toBe(1);
  });

  it('makes one speaker of 30 concurrent ingests that quote the same person', async () => {
    const before = (await env.graphql<Counts>(COUNTS)).data?.speakers.totalCount ?? 0;
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        env.ingest(militaryBaseArticle(100 + index, 'Interior Minister Pavel Dorosh')),
      ),
    );
    expect(outcomes.every((outcome) => outcome.created)).toBe(true);
    const speakers = await env.graphql<{ speakers: { nodes: { name: string; quoteCount: number }[] } }>(
      `{ speakers(first: 100, search: "dorosh") { nodes { name quoteCount } } }`,
    );
    expect(speakers.data?.speakers.nodes).toEqual([{ name: 'Pavel Dorosh', quoteCount: 60 }]);
    const after = (await env.graphql<Counts>(COUNTS)).data?.speakers.totalCount ?? 0;
    expect(after - before).toBe(1);
  });

  it('deletes an article with its quotes and links, keeping speakers and places', async () => {
    const { id } = await env.ingest(militaryBaseArticle(500, 'Transport Minister Olga Smeyan'));
    const deleted = await env.graphql<{ deleteArticle: boolean }>(
      `mutation($id: ID!) { deleteArticle(id: $id) }`,
      { id },
    );
    expect(deleted.data?.deleteArticle).toBe(true);
    const after = await env.graphql<{
      article: null;
      speaker: { quoteCount: number } | null;
      quotes: { totalCount: number };
    }>(
      `query($id: ID!) { article(id: $id) { id } speaker(slug: "olga-smeyan") { quoteCount } quotes(filter: { article: $id }) { totalCount } }`,
      { id },
    );
    expect(after.data).toEqual({ article: null, speaker: { quoteCount: 0 }, quotes: { totalCount: 0 } });
    const again = await env.graphql<{ deleteArticle: boolean }>(
      `mutation($id: ID!) { deleteArticle(id: $id) }`,
      { id },
    );
    expect(again.data?.deleteArticle).toBe(false);
  });

  it('refuses mutations without the API token, and with a wrong one, as UNAUTHENTICATED, saying which', async () => {
    const mutation = `mutation { ingestArticle(input: { title: "T", body: "“Words here,” Ana Vel said." }) { created } }`;
    const missing = await env.graphql(mutation, {}, { token: null });
    const wrong = await env.graphql(mutation, {}, { token: 'not-the-token' });
    for (const result of [missing, wrong]) {
      expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(result.data).toBeNull();
    }
    expect(missing.errors?.[0]?.extensions?.['reason']).toBe('TOKEN_MISSING');
    expect(missing.errors?.[0]?.message).toMatch(/needs the header .*had none/);
    expect(wrong.errors?.[0]?.extensions?.['reason']).toBe('TOKEN_WRONG');
    expect(wrong.errors?.[0]?.message).toMatch(/does not carry this server's API_TOKEN/);
    expect(wrong.errors?.[0]?.message).not.toBe(missing.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.message).not.toContain(env.apiToken);
    const counts = await env.graphql<Counts>(COUNTS);
    expect(counts.data?.articles.totalCount).toBeGreaterThan(0);
    const stored = await env.graphql<{ articles: { nodes: { title: string }[] } }>(
      `{ articles(first: 100) { nodes { title } } }`,
    );
    expect(stored.data?.articles.nodes.map((node) => node.title)).not.toContain('T');
  });

  it('rejects bad input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ', body: 'Some text.' }, 'input.title'],
      [{ title: 'T', body: '' }, 'input.body'],
      [{ title: 'T', body: 'x', url: 'ftp://example.org/a' }, 'input.url'],
      [{ title: 'T', body: 'x'.repeat(200_001) }, 'input.body'],
    ];
    for (const [input, field] of cases) {
      const result = await env.graphql(
        `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`,
        { input },
      );
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(field);
    }
    const badDate = await env.graphql(
      `mutation { ingestArticle(input: { title: "T", body: "b", publishedAt: "yesterday" }) { created } }`,
    );
    expect(badDate.status).toBe(400);
    expect(badDate.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

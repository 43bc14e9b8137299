import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/parse-csv';
import { ingestSampleArticles, useTestEnvironment } from '../helpers/test-environment';

const QUOTES = 130;

/** `GET /export/quotes.csv`: the whole list, page after page, exactly as the API lists it. */
describe('the CSV export of a quote list', () => {
  const env = useTestEnvironment({}, async (env) => {
    await ingestSampleArticles(env);
    // More quotes than one API page (100), one of them starting like a spreadsheet formula.
    await env.dataSource.query(
      `WITH article AS (
         INSERT INTO articles (url, content_hash, source, title, body, published_at)
         VALUES ('https://example.org/test/long', 'long-article', 'Test Wire', 'A long briefing, "quoted"', 'x', '2026-10-01T00:00:00Z')
         RETURNING id)
       INSERT INTO quotes (article_id, speaker_id, text, kind, paragraph, start_offset, end_offset)
       SELECT article.id, (SELECT id FROM speakers WHERE slug = 'elena-marchuk'),
              CASE WHEN i = 1 THEN '=HYPERLINK("x")' ELSE 'Briefing line ' || i || ', with a comma' END, 'DIRECT', 0, 0, 1
         FROM article, generate_series(1, ${QUOTES}) i`,
    );
  });
  const origin = () => new URL(env.url).origin;
  const exportOf = (filter: Record<string, unknown>, orderBy?: string) =>
    fetch(
      `${origin()}/export/quotes.csv?${new URLSearchParams({ filter: JSON.stringify(filter), ...(orderBy ? { orderBy } : {}) })}`,
    );

  it('streams every page of a speaker’s quotes in the list’s order, quoted where needed', async () => {
    const response = await exportOf({ speaker: 'elena-marchuk' }, 'PUBLISHED_NEWEST');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="quotes.csv"');
    const rows = parseCsv(await response.text()).slice(1);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data: {
          quotes: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        } | null;
      } = await env.graphql(
        `query($after: String) { quotes(first: 100, after: $after, filter: { speaker: "elena-marchuk" }, orderBy: PUBLISHED_NEWEST) {
           nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...(page.data?.quotes.nodes ?? []).map((node) => node.id));
      after = page.data?.quotes.pageInfo.hasNextPage ? page.data.quotes.pageInfo.endCursor : null;
    } while (after);
    expect(ids.length).toBeGreaterThan(QUOTES);
    expect(rows.map((row) => row[0])).toEqual(ids);
    expect(rows).toContainEqual(
      expect.arrayContaining(['Briefing line 7, with a comma', 'A long briefing, "quoted"']),
    );
    // A cell a spreadsheet would run as a formula is written as text.
    expect(rows).toContainEqual(expect.arrayContaining([`'=HYPERLINK("x")`]));
  });

  it('refuses a filter that is not JSON or not a QuoteFilter before writing any row', async () => {
    const notJson = await fetch(`${origin()}/export/quotes.csv?filter=%7Bnope`);
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    const wrong = await exportOf({ kind: 'SHOUTED' });
    expect(wrong.status).toBe(400);
    const body = (await wrong.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).not.toMatch(/\bselect\b|stack|\n\s+at /i);
    const post = await fetch(`${origin()}/export/quotes.csv`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

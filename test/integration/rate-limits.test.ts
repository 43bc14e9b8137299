import { Client } from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { startExtraApp } from '../helpers/extra-app';
import { manyQuotesArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';

const CHEAP_READ = JSON.stringify({ query: '{ __typename }' });

/** Sends the cheap read as a POST, optionally with extra headers, and returns the response. */
function read(app: RunningApp, headers: Record<string, string> = {}) {
  return fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: CHEAP_READ,
  });
}

const statuses = (responses: Response[]) => responses.map((response) => response.status);
const count = (values: number[], status: number) => values.filter((value) => value === status).length;

describe('rate limits', () => {
  // 130 quotes: the CSV export reads them in two API pages.
  const env = useTestEnvironment({}, (env) => env.ingest(manyQuotesArticle(1, 130)));
  let apps: RunningApp[] = [];

  /** A server on the test database with these limits; the counters start from nothing. */
  async function serve(overrides: Record<string, string>): Promise<RunningApp> {
    const { app } = await startExtraApp(env, { LOG_LEVEL: 'silent', ...overrides });
    apps.push(app);
    return app;
  }

  // Every server here (and the test environment's own) counts the same test address: each test
  // starts from a clean slate.
  beforeEach(() => env.dataSource.query('DELETE FROM rate_limits'));
  afterEach(async () => {
    for (const app of apps) await app.close();
    apps = [];
  });

  it('lets 600 requests a minute from one address through by default and answers the rest 429 with Retry-After', async () => {
    // Empty values count as unset: these are the real defaults, not the test helper's.
    const app = await serve({ RATE_LIMIT_READS_PER_MINUTE: '', RATE_LIMIT_WRITES_PER_MINUTE: '' });
    const responses: Response[] = [];
    for (let batch = 0; batch < 7; batch += 1)
      responses.push(...(await Promise.all(Array.from({ length: 100 }, () => read(app)))));
    const answered = statuses(responses);
    expect(count(answered, 200)).toBe(600);
    expect(count(answered, 429)).toBe(100);
    const refused = responses.find((response) => response.status === 429);
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused?.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'RATE_LIMIT_READS_PER_MINUTE',
      maximum: 600,
      retryAfterSeconds: retryAfter,
    });
    expect(body.errors[0]?.message).toMatch(/at most 600 a minute/);
  });

  it('shares one count between two servers on one database', async () => {
    const first = await serve({ RATE_LIMIT_READS_PER_MINUTE: '10' });
    const second = await serve({ RATE_LIMIT_READS_PER_MINUTE: '10' });
    const answered: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      answered.push((await read(first)).status, (await read(second)).status);
    }
    expect(count(answered, 200)).toBe(10);
    expect(answered.slice(10)).toEqual([429, 429]);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy writes it', async () => {
    const direct = await serve({ RATE_LIMIT_READS_PER_MINUTE: '3' });
    const spoofed = await Promise.all(
      Array.from({ length: 5 }, (_, index) => read(direct, { 'x-forwarded-for': `203.0.113.${index}` })),
    );
    expect(count(statuses(spoofed), 429)).toBe(2);
    await env.dataSource.query('DELETE FROM rate_limits');

    const proxied = await serve({ RATE_LIMIT_READS_PER_MINUTE: '3', TRUST_PROXY: 'true' });
    const clients = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        // What a client sends first is kept by the proxy; the proxy's own entry, last, is the client.
        read(proxied, { 'x-forwarded-for': `198.51.100.7, 203.0.113.${index}` }),
      ),
    );
    expect(statuses(clients)).toEqual([200, 200, 200, 200, 200]);
    const oneClient: number[] = [];
    for (let index = 0; index < 5; index += 1)
      oneClient.push((await read(proxied, { 'x-forwarded-for': `10.9.8.${index}, 203.0.113.77` })).status);
    expect(oneClient).toEqual([200, 200, 200, 429, 429]);
  });

  it('limits mutations per API token, answering 429 with a RATE_LIMITED error', async () => {
    const app = await serve({ RATE_LIMIT_WRITES_PER_MINUTE: '2' });
    const deleteMissing = `mutation { deleteArticle(id: "QXJ0aWNsZTo5OTk5OTk") }`;
    const results = [];
    for (let attempt = 0; attempt < 3; attempt += 1)
      results.push(await env.graphql(deleteMissing, {}, { url: app.url }));
    expect(results.map((result) => result.status)).toEqual([200, 200, 429]);
    expect(results[0]?.data).toEqual({ deleteArticle: false });
    expect(results[2]?.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'RATE_LIMIT_WRITES_PER_MINUTE',
      maximum: 2,
    });
    expect(Number(results[2]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Reads are still served; another token would have its own budget.
    expect((await env.graphql('{ __typename }', {}, { url: app.url })).status).toBe(200);
  });

  it('counts each CSV export as one request, whatever its number of pages', async () => {
    const app = await serve({ RATE_LIMIT_READS_PER_MINUTE: '2' });
    const exportUrl = app.url.replace(/\/graphql$/, '/export/quotes.csv');
    const answered: number[] = [];
    const rows: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await fetch(exportUrl);
      answered.push(response.status);
      if (response.ok) rows.push((await response.text()).trim().split('\n').length - 1);
    }
    expect(rows).toEqual([130, 130]);
    expect(answered).toEqual([200, 200, 429]);
  });

  it('turns a limit off with 0: nothing is counted', async () => {
    const app = await serve({ RATE_LIMIT_READS_PER_MINUTE: '0', RATE_LIMIT_WRITES_PER_MINUTE: '0' });
    const answered = statuses(await Promise.all(Array.from({ length: 30 }, () => read(app))));
    expect(answered.every((status) => status === 200)).toBe(true);
    const client = new Client({ connectionString: env.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ keys: number }>('SELECT count(*)::int AS keys FROM rate_limits');
    await client.end();
    expect(rows[0]?.keys).toBe(0);
  });
});

import { Client } from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createQuoteGraphDataSource } from '../../src/composition';
import { ensureDatabase } from '../../src/db/ensure-database';
import { startPrimaryWithStandby, type HotStandbyPair } from '../helpers/hot-standby';
import { militaryBaseArticle } from '../helpers/sample-text';
import { postJson, rawRequest, type RawResponse } from '../security/helpers/raw-request';

const TOKEN = 'replica-test-token-0123456789';
const ORIGIN = 'https://news.example.org';
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';
// Nested, so that with the compiler off the per-request loaders read too.
const READ = '{ articles(first: 50) { totalCount nodes { title quotes { totalCount } } } }';
const MAX_LAG_MS = 6_000;

/** Given a check, calls it until it returns true; false when the deadline passes first. */
async function eventually(check: () => Promise<boolean>, deadlineMs = 30_000): Promise<boolean> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** Given a server URL and a database name, returns the URL of that database on the server. */
function onDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

describe('read replicas: a real hot standby serves reads', () => {
  let pair: HotStandbyPair;
  let dataSource: DataSource;
  let standby: Client;
  let apps: { name: string; app: RunningApp }[] = [];
  // Polls too rarely to notice the standby stop: only a failed read can tell it.
  let slowPoller: RunningApp;
  let ingested = 0;
  let settings: Record<string, string>;
  let standbyUrl: string;

  beforeAll(async () => {
    pair = await startPrimaryWithStandby();
    const primaryUrl = await ensureDatabase(pair.primaryUrl, 'quote_graph');
    dataSource = createQuoteGraphDataSource({ url: primaryUrl, poolSize: 4 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    standbyUrl = onDatabase(pair.standbyUrl, 'quote_graph');
    // The database and its migrations reach the standby by WAL like any write.
    expect(
      await eventually(async () => {
        standby = new Client({ connectionString: standbyUrl });
        await standby.connect().catch(async (error: unknown) => {
          await standby.end().catch(() => undefined);
          throw error;
        });
        const { rows } = await standby.query("SELECT to_regclass('public.articles') IS NOT NULL AS ready");
        return rows[0]?.ready === true;
      }),
    ).toBe(true);
    settings = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      API_TOKEN: TOKEN,
      DATABASE_URL: primaryUrl,
      DATABASE_REPLICA_URLS: standbyUrl,
      REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      REPLICA_POLL_MS: '200',
      CORS_ORIGINS: ORIGIN,
    };
    for (const [name, compile] of [
      ['compiled statement', 'true'],
      ['resolvers and loaders', 'false'],
    ] as const) {
      const config = loadConfig({ ...settings, COMPILE_QUERIES: compile });
      apps.push({
        name,
        app: await startApp({ config, dataSource, logger: pino({ level: 'silent' }), apiToken: TOKEN }),
      });
    }
    slowPoller = await startApp({
      config: loadConfig({ ...settings, REPLICA_POLL_MS: '600000' }),
      dataSource,
      logger: pino({ level: 'silent' }),
      apiToken: TOKEN,
    });
  });
  afterAll(async () => {
    for (const { app } of apps) await app.close();
    apps = [];
    await slowPoller?.close();
    await standby?.end().catch(() => undefined);
    await dataSource?.destroy();
    await pair?.close();
  });

  const ingest = async (app: RunningApp): Promise<RawResponse> => {
    ingested += 1;
    const response = await postJson(
      app.url,
      { query: INGEST, variables: { input: militaryBaseArticle(ingested) } },
      { authorization: `Bearer ${TOKEN}`, origin: ORIGIN },
    );
    expect(response.json?.data).toEqual({ ingestArticle: { created: true } });
    return response;
  };
  const articleCount = async (app: RunningApp, readAfter?: string): Promise<number> => {
    const response = await postJson(app.url, { query: READ }, readAfter ? { 'x-read-after': readAfter } : {});
    expect(response.status).toBe(200);
    expect(response.json?.errors).toBeUndefined();
    const { articles } = response.json?.data as { articles: { totalCount: number; nodes: unknown[] } };
    expect(articles.nodes).toHaveLength(articles.totalCount);
    return articles.totalCount;
  };
  const quoteCount = async (app: RunningApp, readAfter?: string): Promise<number> => {
    const response = await postJson(
      app.url,
      { query: '{ quotes { totalCount } }' },
      readAfter ? { 'x-read-after': readAfter } : {},
    );
    return (response.json?.data as { quotes: { totalCount: number } }).quotes.totalCount;
  };
  const pauseReplay = async () => {
    await standby.query('SELECT pg_wal_replay_pause()');
    expect(
      await eventually(async () => {
        const { rows } = await standby.query('SELECT pg_get_wal_replay_pause_state() AS state');
        return rows[0]?.state === 'paused';
      }),
    ).toBe(true);
  };
  const resumeReplayUntil = async (position: string) => {
    await standby.query('SELECT pg_wal_replay_resume()');
    expect(
      await eventually(async () => {
        const { rows } = await standby.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [
          position,
        ]);
        return rows[0]?.done === true;
      }),
    ).toBe(true);
  };
  const readiness = async (app: RunningApp) => {
    const response = await rawRequest(new URL('/ready', app.url).toString());
    return {
      status: response.status,
      body: JSON.parse(response.text) as { replicas: { state: string; lagMs: number | null }[] },
    };
  };

  it("sends reads to the standby, and a read that sends back a mutation's x-read-after sees the mutation", async () => {
    for (const { name, app } of apps) {
      const before = await articleCount(app);
      // With replay paused, what the standby serves is visibly older than the primary.
      await pauseReplay();
      const written = await ingest(app);
      const readAfter = written.headers.get('x-read-after') ?? '';
      expect(readAfter, name).toMatch(/^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/);
      expect(written.headers.get('access-control-expose-headers')).toContain('x-read-after');
      // Run often enough that the compiled statement is prepared: named statements work on the standby.
      for (let run = 0; run < 4; run += 1) expect(await articleCount(app), name).toBe(before);
      expect(
        await articleCount(app, readAfter),
        `${name}: the primary answers until the standby replays`,
      ).toBe(before + 1);
      // The CSV export reads through the same routing: the standby's rows, not the primary's.
      const exported = await rawRequest(new URL('/export/quotes.csv', app.url).toString());
      expect(exported.status).toBe(200);
      expect(exported.text.trim().split('\n').length - 1, name).toBe(await quoteCount(app));
      expect(await quoteCount(app), name).toBeLessThan(await quoteCount(app, readAfter));
      await resumeReplayUntil(readAfter);

      // Caught up with the first write but not a second: a read after the first is the standby's.
      await pauseReplay();
      const second = (await ingest(app)).headers.get('x-read-after') ?? '';
      expect(await articleCount(app, readAfter), `${name}: served by the standby once it replayed`).toBe(
        before + 1,
      );
      expect(await articleCount(app, second), name).toBe(before + 2);
      await resumeReplayUntil(second);
      expect(await articleCount(app), name).toBe(before + 2);
      expect((await readiness(app)).body.replicas).toMatchObject([{ state: 'ok' }]);
    }
  });

  it('refuses an x-read-after that is not a WAL position with 400, and lets browsers send it', async () => {
    const { app } = apps[0] ?? expect.unreachable('no app started');
    const refused = await postJson(app.url, { query: READ }, { 'x-read-after': 'yesterday' });
    expect(refused.status).toBe(400);
    expect(refused.json?.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    const preflight = await rawRequest(app.url, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-read-after',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-read-after');
  });

  it('skips a standby that lags past REPLICA_MAX_LAG_MS, shows it lagging in /ready, and uses it again once it catches up', async () => {
    const { app } = apps[0] ?? expect.unreachable('no app started');
    const before = await articleCount(app);
    await pauseReplay();
    const position = (await ingest(app)).headers.get('x-read-after') ?? '';
    expect(
      await eventually(
        async () => (await readiness(app)).body.replicas[0]?.state === 'lagging',
        4 * MAX_LAG_MS,
      ),
    ).toBe(true);
    const { status, body } = await readiness(app);
    expect(status).toBe(200);
    expect(body.replicas[0]?.lagMs).toBeGreaterThan(MAX_LAG_MS);
    // Without x-read-after a read would take any healthy replica: the lagging one is not.
    expect(await articleCount(app)).toBe(before + 1);
    await resumeReplayUntil(position);
    expect(await eventually(async () => (await readiness(app)).body.replicas[0]?.state === 'ok')).toBe(true);
  });

  it('keeps serving reads from the primary when the standby stops, with /ready showing it down', async () => {
    for (const { app } of [...apps, { app: slowPoller }]) await articleCount(app);
    expect((await readiness(slowPoller)).body.replicas).toMatchObject([{ state: 'ok' }]);
    await standby.end();
    await pair.stopStandby();
    // The compiled statement that fails on the vanished standby is answered by the primary, and
    // the standby is marked down there and then.
    expect(await articleCount(slowPoller)).toBe(ingested);
    expect((await readiness(slowPoller)).body.replicas).toMatchObject([{ state: 'down' }]);
    for (const { name, app } of apps) {
      expect(
        await eventually(async () => (await readiness(app)).body.replicas[0]?.state === 'down'),
        name,
      ).toBe(true);
      const { status, body } = await readiness(app);
      expect(status).toBe(200);
      expect(body.replicas).toEqual([expect.objectContaining({ state: 'down', lagMs: null })]);
      expect(await articleCount(app), name).toBe(ingested);
      const position = (await ingest(app)).headers.get('x-read-after') ?? '';
      expect(await articleCount(app, position), name).toBe(ingested);
    }
  });

  it('starts with a standby that is down, serving reads from the primary, and uses the standby once it is back', async () => {
    const late = await startApp({
      config: loadConfig({ ...settings, COMPILE_QUERIES: 'true' }),
      dataSource,
      logger: pino({ level: 'silent' }),
      apiToken: TOKEN,
    });
    try {
      expect((await readiness(late)).body.replicas).toMatchObject([{ state: 'down' }]);
      expect(await articleCount(late)).toBe(ingested);
      await pair.restartStandby();
      expect(await eventually(async () => (await readiness(late)).body.replicas[0]?.state === 'ok')).toBe(
        true,
      );
      const { app } = apps[0] ?? expect.unreachable('no app started');
      expect(await eventually(async () => (await readiness(app)).body.replicas[0]?.state === 'ok')).toBe(
        true,
      );
      // Served by the standby again: with its replay paused, a new article is not there yet.
      standby = new Client({ connectionString: standbyUrl });
      await standby.connect();
      await pauseReplay();
      const position = (await ingest(late)).headers.get('x-read-after') ?? '';
      expect(await articleCount(late)).toBe(ingested - 1);
      await resumeReplayUntil(position);
      expect(await articleCount(late)).toBe(ingested);
    } finally {
      await late.close();
    }
  });
});

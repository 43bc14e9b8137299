import { chmod, mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createQuoteGraphDataSource } from '../../src/composition';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres';
import { ensureDatabase } from '../../src/db/ensure-database';
import { militaryBaseArticle } from '../helpers/sample-text';
import { compileServer, type CompiledServer } from './helpers/compile-server';
import { reportFigure } from './helpers/figures';
import { eventually as until, isAlive, postmasterPid } from './helpers/processes';
import { startServerProcess } from './helpers/server-process';
import { LEAK_PATTERN, postJson, rawRequest } from './helpers/raw-request';

const QUERY = '{ articles { totalCount } }';
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';

/** Given a check, calls it until it returns true; false when the deadline passes first. */
async function eventually(check: () => Promise<boolean>, deadlineMs: number): Promise<boolean> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe('Postgres going away under a running API', () => {
  let dataDir: string;
  let postgres: EmbeddedDatabase;
  let dataSource: DataSource;
  let app: RunningApp;
  const apiToken = 'restart-test-token-0123456789';

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'quote-graph-restart-'));
    await chmod(dataDir, 0o755); // Postgres runs as its own OS user
    postgres = await startEmbeddedPostgres(dataDir);
    const url = await ensureDatabase(postgres.url, 'quote_graph');
    dataSource = createQuoteGraphDataSource({ url, poolSize: 4 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const config = loadConfig({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      API_TOKEN: apiToken,
      DATABASE_URL: url,
    });
    app = await startApp({ config, dataSource, logger: pino({ level: 'silent' }), apiToken });
  });
  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    await postgres?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('fails fast with SERVICE_UNAVAILABLE and 503 while it is down, and recovers by itself when it is back', async () => {
    const auth = { authorization: `Bearer ${apiToken}` };
    expect(
      (await postJson(app.url, { query: INGEST, variables: { input: militaryBaseArticle(1) } }, auth)).status,
    ).toBe(200);
    expect((await postJson(app.url, { query: QUERY })).json?.data).toEqual({ articles: { totalCount: 1 } });
    const ready = new URL('/ready', app.url).toString();
    expect((await rawRequest(ready)).status).toBe(200);

    await postgres.stop();
    const failStarted = process.hrtime.bigint();
    const down = await postJson(app.url, { query: QUERY });
    const failMs = Number(process.hrtime.bigint() - failStarted) / 1e6;
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('1');
    expect(down.json?.errors?.map((error) => error.extensions?.['code'])).toEqual(['SERVICE_UNAVAILABLE']);
    expect(down.text).not.toMatch(LEAK_PATTERN);
    expect(down.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminat/i);

    const downIngest = await postJson(
      app.url,
      { query: INGEST, variables: { input: militaryBaseArticle(2) } },
      auth,
    );
    expect(downIngest.json?.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(downIngest.text).not.toMatch(LEAK_PATTERN);
    expect((await rawRequest(ready)).status).toBe(503);
    expect((await rawRequest(new URL('/health', app.url).toString())).status).toBe(200);

    postgres = await startEmbeddedPostgres(dataDir, () => undefined, { port: postgres.port });
    const backAt = process.hrtime.bigint();
    const recovered = await eventually(async () => {
      const response = await postJson(app.url, { query: QUERY });
      return response.status === 200 && response.json?.errors === undefined;
    }, 20_000);
    const recoveryMs = Number(process.hrtime.bigint() - backAt) / 1e6;
    expect(recovered).toBe(true);
    expect((await rawRequest(ready)).status).toBe(200);
    const again = await postJson(
      app.url,
      { query: INGEST, variables: { input: militaryBaseArticle(2) } },
      auth,
    );
    expect(again.json?.data).toEqual({ ingestArticle: { created: true } });
    expect((await postJson(app.url, { query: QUERY })).json?.data).toEqual({ articles: { totalCount: 2 } });
    reportFigure('database down: first failure answered in', `${failMs.toFixed(1)} ms`);
    reportFigure(
      'database back: first good answer after Postgres accepted connections',
      `${recoveryMs.toFixed(1)} ms`,
    );
  });
});

describe('the embedded Postgres dying under the server (kill -9 of the postmaster)', () => {
  let compiled: CompiledServer;
  let dataDir: string;
  const apiToken = 'postmaster-test-token-0123456789';
  beforeAll(async () => {
    compiled = await compileServer();
    dataDir = await mkdtemp(path.join(tmpdir(), 'quote-graph-postmaster-'));
    await chmod(dataDir, 0o755); // Postgres runs as its own OS user
  });
  afterAll(async () => {
    await compiled?.remove();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  const start = () =>
    startServerProcess(compiled.entry, {
      DATA_DIR: dataDir,
      API_TOKEN: apiToken,
      PORT: '0',
      HOST: '127.0.0.1',
    });

  it('is restarted: /ready answers 503 meanwhile, each 503 is logged as an error, then everything works again', async () => {
    const server = await start();
    try {
      const ready = new URL('/ready', server.url).toString();
      expect((await rawRequest(ready)).status).toBe(200);
      const postmaster = postmasterPid(dataDir) ?? 0;
      const killed = Date.now();
      process.kill(postmaster, 'SIGKILL');
      // Backends serve on until they notice their postmaster is gone; the restart then waits a
      // moment and crash recovery takes longer, so there is an outage to see.
      let down: Awaited<ReturnType<typeof postJson>> | undefined;
      let readyDown = false;
      const outage = await until(async () => {
        const [answer, readiness] = await Promise.all([
          postJson(server.url, { query: QUERY }),
          rawRequest(ready),
        ]);
        if (answer.status === 503) down = answer;
        if (readiness.status === 503) readyDown = true;
        return down !== undefined && readyDown;
      }, 20_000);
      expect(outage).toBe(true);
      expect(down?.json?.errors?.map((error) => error.extensions?.['code'])).toEqual(['SERVICE_UNAVAILABLE']);
      expect(down?.headers.get('retry-after')).toBe('1');
      expect(await until(async () => (await rawRequest(ready)).status === 200, 60_000)).toBe(true);
      const recoveredMs = Date.now() - killed;
      const answer = await postJson(server.url, { query: QUERY });
      expect(answer.json).toEqual({ data: { articles: { totalCount: 0 } } });
      expect(postmasterPid(dataDir)).not.toBe(postmaster);
      const operations = () => server.lines.filter((line) => line['msg'] === 'graphql operation');
      // The log line of the last answer may still be on its way through the pipe.
      expect(await until(() => operations().at(-1)?.['status'] === 200, 5_000)).toBe(true);
      expect(operations().at(-1)).toMatchObject({ status: 200, errors: 0 });
      const unavailable = operations().filter((line) => line['status'] === 503);
      expect(unavailable.length).toBeGreaterThan(0);
      for (const line of unavailable) expect(line['errors']).toBeGreaterThanOrEqual(1);
      const messages = server.lines.map((line) => line['msg']);
      expect(messages).toContain('embedded PostgreSQL exited unexpectedly');
      expect(messages).toContain('embedded PostgreSQL restarted');
      reportFigure('postmaster killed to /ready 200 again (restarted, crash recovery)', `${recoveredMs} ms`);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('ends the server with status 1 when it cannot come back, so a supervisor restarts the whole', async () => {
    const server = await start();
    const postmaster = postmasterPid(dataDir) ?? 0;
    // Running, Postgres does not miss the file; starting, it refuses the folder without it.
    await unlink(path.join(dataDir, 'postgres', 'PG_VERSION'));
    process.kill(postmaster, 'SIGKILL');
    const exit = await server.exited;
    expect(exit).toEqual({ code: 1, signal: null });
    const fatal = server.lines.find((line) => line['msg'] === 'database lost');
    expect(fatal?.['reason']).toMatch(/^the embedded PostgreSQL died and did not restart: /);
    expect(
      server.lines.filter((line) => line['msg'] === 'embedded PostgreSQL restart failed; retrying'),
    ).toHaveLength(5);
    expect(isAlive(postmaster)).toBe(false);
  }, 90_000);
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuoteGraphDatabase } from '../../src/composition';
import { runIngestCli } from '../../src/ingest/cli';
import { compileServer, type CompiledServer } from '../security/helpers/compile-server';
import { militaryBaseArticle, type TestArticle } from '../helpers/sample-text';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { startWorkerProcess, workerEntry, type WorkerProcess } from '../helpers/worker-process';
import { capture } from '../helpers/captured-stream';
import { BATCH, type Batch } from '../helpers/ingest-batch';

const ARTICLES = 300;
/** The workers' article limit: lower than the API's, so one article passes enqueue and fails every attempt. */
const WORKER_MAX_ARTICLE_BYTES = 4_000;

/** Quick retries and a short timeout, so a killed worker's jobs come back within seconds. */
const FAST_QUEUE = {
  WORKER_CONCURRENCY: '3',
  WORKER_RETRY_LIMIT: '2',
  WORKER_RETRY_DELAY_SECONDS: '1',
  WORKER_JOB_TIMEOUT_SECONDS: '3',
  WORKER_MAINTENANCE_SECONDS: '1',
  WORKER_IDLE_POLL_MS: '100',
  MAX_ARTICLE_BYTES: String(WORKER_MAX_ARTICLE_BYTES),
};

const ENQUEUE = `mutation($input: [IngestArticleInput!]!) {
  enqueueArticles(input: $input) { id total stored updated unchanged failed pending }
}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ingest workers on the Postgres queue', () => {
  let env: TestEnvironment;
  let compiled: CompiledServer;
  let observer: Client;
  let workerEnv: Record<string, string>;
  const running: WorkerProcess[] = [];

  const startWorker = async (): Promise<WorkerProcess> => {
    const worker = await startWorkerProcess(workerEntry(compiled.entry), workerEnv);
    running.push(worker);
    return worker;
  };
  const count = async (sql: string, values: unknown[] = []): Promise<number> =>
    Number((await observer.query(sql, values)).rows[0].n);
  const batch = async (id: string): Promise<Batch> => {
    const result = await env.graphql<{ ingestBatch: Batch }>(BATCH, { id }, { token: null });
    if (!result.data?.ingestBatch) throw new Error(`no batch: ${JSON.stringify(result.errors)}`);
    return result.data.ingestBatch;
  };
  const settled = async (id: string, timeoutMs = 120_000): Promise<Batch> => {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
      const current = await batch(id);
      if (current.pending === 0) return current;
    }
    throw new Error(`batch ${id} still pending after ${timeoutMs} ms: ${JSON.stringify(await batch(id))}`);
  };

  beforeAll(async () => {
    [env, compiled] = await Promise.all([createTestEnvironment(), compileServer()]);
    workerEnv = { ...FAST_QUEUE, DATABASE_URL: env.databaseUrl };
    observer = new Client({ connectionString: env.databaseUrl, application_name: 'workers-observer' });
    await observer.connect();
  });
  afterAll(async () => {
    for (const worker of running) worker.child.kill('SIGKILL');
    await Promise.all(running.map((worker) => worker.exited));
    await observer?.end();
    await env?.close();
    await compiled?.remove();
  });

  it(
    'store 300 articles exactly once with two workers though one is SIGKILLed halfway; a failing article keeps its reason',
    { timeout: 240_000 },
    async () => {
      const [first, second] = [await startWorker(), await startWorker()];
      const articles: TestArticle[] = Array.from({ length: ARTICLES }, (_, index) =>
        militaryBaseArticle(index),
      );
      const tooLong = {
        title: 'A report longer than the workers accept',
        url: 'https://example.org/test/too-long',
        body: '“The base stays closed,” Defence Minister Tomas Verenko said. '.repeat(80),
      };
      expect(Buffer.byteLength(tooLong.body)).toBeGreaterThan(WORKER_MAX_ARTICLE_BYTES);

      const enqueued = await env.graphql<{ enqueueArticles: Batch }>(ENQUEUE, {
        input: [...articles, tooLong],
      });
      expect(enqueued.errors).toBeUndefined();
      const { id } = enqueued.data!.enqueueArticles;
      expect(enqueued.data!.enqueueArticles).toMatchObject({
        total: ARTICLES + 1,
        stored: 0,
        pending: ARTICLES + 1,
      });

      // Kill the first worker once half the articles are in, while it holds jobs.
      let activeAtKill = 0;
      for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(20)) {
        if ((await count('SELECT count(*) AS n FROM articles')) >= ARTICLES / 2) break;
      }
      activeAtKill = await count(
        `SELECT count(*) AS n FROM pgboss.job WHERE name = 'ingest-article' AND state = 'active'`,
      );
      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      expect(activeAtKill).toBeGreaterThan(0);

      const done = await settled(id);
      expect(done).toMatchObject({
        total: ARTICLES + 1,
        stored: ARTICLES,
        updated: 0,
        unchanged: 0,
        failed: 1,
        pending: 0,
      });
      expect(done.finished).not.toBeNull();
      expect(done.failures).toHaveLength(1);
      expect(done.failures[0]!.index).toBe(ARTICLES);
      expect(done.failures[0]!.reason).toMatch(/"input\.body" is \d+ bytes; the limit is 4000/);

      // Every article once, by URL, each with its quotes once.
      const byUrl = (await observer.query(`SELECT url, count(*)::int AS n FROM articles GROUP BY url`))
        .rows as {
        url: string;
        n: number;
      }[];
      expect(byUrl).toHaveLength(ARTICLES);
      expect(byUrl.every((row) => row.n === 1)).toBe(true);
      expect(new Set(byUrl.map((row) => row.url))).toEqual(new Set(articles.map((article) => article.url)));
      expect(
        await count(
          `SELECT count(*) AS n FROM (SELECT article_id, text FROM quotes GROUP BY 1, 2 HAVING count(*) > 1) duplicates`,
        ),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*) AS n FROM ingest_batch_items WHERE batch_id = $1 AND article_id IS NOT NULL`,
          [id],
        ),
      ).toBe(ARTICLES);

      // The killed worker's jobs were retried by the other, and the failing one ran every attempt.
      expect(
        await count(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = 'ingest-article' AND retry_count > 0 AND (data->>'index')::int < $1`,
          [ARTICLES],
        ),
      ).toBeGreaterThan(0);
      const failing = (
        await observer.query(
          `SELECT state, retry_count AS retries, output->>'message' AS message FROM pgboss.job
            WHERE name = 'ingest-article' AND (data->>'index')::int = $1`,
          [ARTICLES],
        )
      ).rows[0] as { state: string; retries: number; message: string };
      expect(failing).toMatchObject({ state: 'failed', retries: 2 });
      expect(failing.message).toBe(done.failures[0]!.reason);

      // SIGTERM: the survivor finishes (nothing is running) and exits cleanly.
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
      expect(second.lines.some((line) => line['msg'] === 'worker stopped')).toBe(true);
    },
  );

  it('npm run ingest -- --queue --wait follows the batch to the same summary while a worker is stopped with SIGTERM', async () => {
    const [leaving, staying] = [await startWorker(), await startWorker()];
    const folder = await mkdtemp(path.join(tmpdir(), 'workers-cli-'));
    try {
      const fresh = Array.from({ length: 40 }, (_, offset) => militaryBaseArticle(1000 + offset));
      const lines = [
        ...fresh.map((article) => JSON.stringify(article)),
        JSON.stringify(militaryBaseArticle(0)), // stored by the first test: unchanged
        // Stored by the first test too, now with a corrected text: updated.
        JSON.stringify({
          ...militaryBaseArticle(1),
          body: `${militaryBaseArticle(1).body}\nCorrection: the visit was on Tuesday.`,
        }),
        '{"title": "no body"}',
      ];
      const file = path.join(folder, 'feed.jsonl');
      await writeFile(file, `${lines.join('\n')}\n`);
      const stdout = capture();
      const stderr = capture();
      const cli = runIngestCli({
        argv: ['--queue', '--wait', file],
        env: { DATABASE_URL: env.databaseUrl, LOG_LEVEL: 'silent' },
        stdin: Readable.from([]),
        stdout: stdout.stream,
        stderr: stderr.stream,
        openDatabase: openQuoteGraphDatabase,
      });
      const freshStored = () =>
        count(`SELECT count(*) AS n FROM articles WHERE url LIKE 'https://example.org/test/base-10__'`);
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(20)) {
        if ((await freshStored()) >= 10) break;
      }
      leaving.child.kill('SIGTERM');
      expect((await leaving.exited).code).toBe(0);
      expect(leaving.lines.find((line) => line['msg'] === 'worker stopped')).toHaveProperty('released');
      const status = await cli;
      expect(status).toBe(1);
      expect(stdout.text()).toMatch(/^enqueued 43 articles as batch [0-9a-f-]{36}\n/);
      expect(stdout.text()).toMatch(/43 articles in [\d.]+s: 40 created, 1 updated, 1 unchanged, 1 failed\n/);
      expect(stdout.text()).toContain(`failed ${file}:43: "body" must be a string or an array of paragraphs`);
      expect(stderr.text()).toMatch(/ingested 43\/43/);
      const batchId = /batch ([0-9a-f-]{36})/.exec(stdout.text())![1]!;
      expect(await batch(batchId)).toMatchObject({
        total: 43,
        stored: 40,
        updated: 1,
        unchanged: 1,
        failed: 1,
        pending: 0,
      });
      expect(await freshStored()).toBe(40);
      expect(staying.child.exitCode).toBeNull();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('enqueueArticles needs the token and validates every article before enqueuing any', async () => {
    const batches = await count('SELECT count(*) AS n FROM ingest_batches');
    const anonymous = await env.graphql(ENQUEUE, { input: [militaryBaseArticle(2001)] }, { token: null });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const bad = await env.graphql(ENQUEUE, {
      input: [militaryBaseArticle(2002), { ...militaryBaseArticle(2003), title: '   ' }],
    });
    expect(bad.errors?.[0]?.message).toBe('"input[1].title" must not be empty.');
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input[1].title',
      index: 1,
    });
    const empty = await env.graphql(ENQUEUE, { input: [] });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    const tooMany = await env.graphql(ENQUEUE, {
      input: Array.from({ length: 1_001 }, () => ({ title: 't', body: 'b' })),
    });
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 1000 can be enqueued at once/);
    expect(await count('SELECT count(*) AS n FROM ingest_batches')).toBe(batches);
  });

  it('ingestBatch answers null for an id that names no batch', async () => {
    for (const id of ['7d1f4a52-56c4-4c1a-9a53-2f1f3d1f0a11', 'not-a-batch']) {
      const result = await env.graphql<{ ingestBatch: Batch | null }>(BATCH, { id }, { token: null });
      expect(result.errors).toBeUndefined();
      expect(result.data?.ingestBatch).toBeNull();
    }
  });

  it('the worker answers --help without touching the database, and refuses an unknown flag in one line', async () => {
    const help = await startWorkerProcess(workerEntry(compiled.entry), {}, ['--help'], {
      waitForStart: false,
    });
    expect((await help.exited).code).toBe(0);
    expect(help.output().stdout).toMatch(/^Usage: npm run worker/);
    const unknown = await startWorkerProcess(workerEntry(compiled.entry), {}, ['--frobnicate'], {
      waitForStart: false,
    });
    expect((await unknown.exited).code).toBe(2);
    expect(unknown.output().stderr).toMatch(/^worker: .*--frobnicate.* \(npm run worker -- --help\)\n$/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQuoteGraphDatabase } from '../../src/composition';
import { EXTRACTOR_VERSION } from '../../src/extraction';
import { runReextractCli } from '../../src/ingest/reextract';
import { compileServer, type CompiledServer } from '../security/helpers/compile-server';
import {
  createTestEnvironment,
  ingestSampleArticles,
  type TestEnvironment,
} from '../helpers/test-environment';
import { startWorkerProcess, workerEntry, type WorkerProcess } from '../helpers/worker-process';
import { capture } from '../helpers/captured-stream';
import { BATCH, type Batch } from '../helpers/ingest-batch';

/** Quick polling and retries, so a batch of a few articles is done in a second or two. */
const FAST_QUEUE = {
  WORKER_CONCURRENCY: '2',
  WORKER_RETRY_LIMIT: '1',
  WORKER_RETRY_DELAY_SECONDS: '1',
  WORKER_MAINTENANCE_SECONDS: '1',
  WORKER_IDLE_POLL_MS: '100',
};

const REEXTRACT = `mutation($outdatedOnly: Boolean) {
  reextractArticles(outdatedOnly: $outdatedOnly) { id total stored updated unchanged failed pending }
}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('re-extraction through the job queue', () => {
  let env: TestEnvironment;
  let compiled: CompiledServer;
  let worker: WorkerProcess | null = null;

  const startWorker = async (): Promise<void> => {
    worker = await startWorkerProcess(workerEntry(compiled.entry), {
      ...FAST_QUEUE,
      DATABASE_URL: env.databaseUrl,
    });
  };
  const stopWorker = async (): Promise<void> => {
    worker?.child.kill('SIGTERM');
    await worker?.exited;
    worker = null;
  };
  const batch = async (id: string): Promise<Batch> => {
    const result = await env.graphql<{ ingestBatch: Batch }>(BATCH, { id }, { token: null });
    if (!result.data?.ingestBatch) throw new Error(`no batch: ${JSON.stringify(result.errors)}`);
    return result.data.ingestBatch;
  };
  const settled = async (id: string, timeoutMs = 60_000): Promise<Batch> => {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(200)) {
      const current = await batch(id);
      if (current.pending === 0) return current;
    }
    throw new Error(`batch ${id} still pending after ${timeoutMs} ms: ${JSON.stringify(await batch(id))}`);
  };
  const quoteIds = async (articleIds: number[]): Promise<number[]> =>
    (
      (await env.dataSource.query(`SELECT id FROM quotes WHERE article_id = ANY($1) ORDER BY id`, [
        articleIds,
      ])) as { id: number }[]
    ).map((row) => row.id);
  const cli = async (argv: string[]) => {
    const stdout = capture();
    const stderr = capture();
    const status = await runReextractCli({
      argv,
      env: { DATABASE_URL: env.databaseUrl },
      stdout: stdout.stream,
      stderr: stderr.stream,
      openDatabase: openQuoteGraphDatabase,
    });
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  };

  beforeAll(async () => {
    [env, compiled] = await Promise.all([createTestEnvironment(), compileServer()]);
    await ingestSampleArticles(env);
  }, 240_000);
  afterAll(async () => {
    if (worker) worker.child.kill('SIGKILL');
    await worker?.exited;
    await env?.close();
    await compiled?.remove();
  });

  it(
    'reextractArticles enqueues the outdated articles; a worker extracts them again, counting changed and unchanged, and quote ids stay',
    { timeout: 120_000 },
    async () => {
      await startWorker();
      const articles = (await env.dataSource.query(
        `SELECT article_id AS id FROM quotes GROUP BY article_id HAVING count(*) >= 2 ORDER BY article_id LIMIT 3`,
      )) as { id: number }[];
      const ids = articles.map((article) => article.id);
      expect(ids).toHaveLength(3);
      // An older extractor's output for the first: one of its quotes missing, so it comes out changed.
      const [missing] = await quoteIds([ids[0]!]);
      await env.dataSource.query(`DELETE FROM quotes WHERE id = $1`, [missing]);
      await env.dataSource.query(`UPDATE articles SET extractor_version = 0 WHERE id = ANY($1)`, [ids]);
      const kept = await quoteIds(ids);

      const refused = await env.graphql(REEXTRACT, {}, { token: null });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(refused.data?.['reextractArticles'] ?? null).toBeNull();

      const enqueued = await env.graphql<{ reextractArticles: Batch }>(REEXTRACT, {});
      expect(enqueued.errors).toBeUndefined();
      const { id, total } = enqueued.data!.reextractArticles;
      expect(total).toBe(3);

      expect(await settled(id)).toMatchObject({
        total: 3,
        stored: 0,
        updated: 1,
        unchanged: 2,
        failed: 0,
        pending: 0,
      });
      expect((await batch(id)).finished).not.toBeNull();
      const after = await quoteIds(ids);
      // Every quote kept its id; the missing one is back, under a new id.
      expect(after.filter((quoteId) => kept.includes(quoteId))).toEqual(kept);
      expect(after).toHaveLength(kept.length + 1);
      const outdated = (await env.dataSource.query(
        `SELECT count(*)::integer AS n FROM articles WHERE extractor_version <> $1`,
        [EXTRACTOR_VERSION],
      )) as [{ n: number }];
      expect(outdated[0].n).toBe(0);

      // Nothing outdated now: an empty batch, finished at once; every article with outdatedOnly false.
      const none = await env.graphql<{ reextractArticles: Batch }>(REEXTRACT, {});
      expect(none.data?.reextractArticles).toMatchObject({ total: 0, pending: 0 });
      const all = await env.graphql<{ reextractArticles: Batch }>(REEXTRACT, { outdatedOnly: false });
      const [{ n: stored }] = (await env.dataSource.query(`SELECT count(*)::integer AS n FROM articles`)) as [
        { n: number },
      ];
      expect(all.data?.reextractArticles.total).toBe(stored);
      expect(await settled(all.data!.reextractArticles.id)).toMatchObject({
        stored: 0,
        updated: 0,
        unchanged: stored,
        failed: 0,
      });
      expect(await quoteIds(ids)).toEqual(after);
    },
  );

  it(
    'npm run reextract -- --queue enqueues a batch; an article deleted before its job runs fails with a reason; --wait shows progress and the summary',
    { timeout: 120_000 },
    async () => {
      await stopWorker();
      await env.dataSource.query(`UPDATE articles SET extractor_version = 0`);
      const [{ n: articles }] = (await env.dataSource.query(
        `SELECT count(*)::integer AS n FROM articles`,
      )) as [{ n: number }];

      const queued = await cli(['--queue']);
      expect(queued.status).toBe(0);
      const match = /^enqueued (\d+) articles as batch ([0-9a-f-]{36})\n$/.exec(queued.stdout);
      expect(match?.[1]).toBe(String(articles));
      const batchId = match![2]!;
      // Its jobs wait for a worker; the article deleted meanwhile is the batch's failure.
      const [gone] = (await env.dataSource.query(
        `DELETE FROM articles WHERE id = (SELECT max(id) FROM articles) RETURNING id`,
      )) as [{ id: number }[], number];
      const goneId = gone[0]!.id;
      await startWorker();
      const done = await settled(batchId);
      expect(done).toMatchObject({
        total: articles,
        stored: 0,
        updated: 0,
        unchanged: articles - 1,
        failed: 1,
      });
      expect(done.failures).toEqual([
        { index: articles - 1, reason: `article ${goneId} is no longer stored` },
      ]);

      await env.dataSource.query(`UPDATE articles SET extractor_version = 0`);
      const waited = await cli(['--queue', '--wait']);
      expect(waited.stderr).toMatch(/extracted \d+\/\d+/);
      expect(waited.stdout).toMatch(
        new RegExp(
          `^enqueued ${articles - 1} articles as batch [0-9a-f-]{36}\\n${articles - 1} articles extracted again by the workers in [\\d.]+s \\(batch [0-9a-f-]{36}\\): 0 changed, ${articles - 1} unchanged, 0 failed\\n$`,
        ),
      );
      expect(waited.status).toBe(0);
    },
  );

  it('refuses --wait without --queue, and --concurrency with it, in one line with status 2', async () => {
    for (const argv of [['--wait'], ['--queue', '--concurrency', '2']]) {
      const refused = await cli(argv);
      expect(refused.status, argv.join(' ')).toBe(2);
      expect(refused.stderr, argv.join(' ')).toMatch(/^reextract: [^\n]+ \(see --help\)\n$/);
      expect(refused.stdout).toBe('');
    }
  });
});

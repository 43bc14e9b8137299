import 'reflect-metadata';
import { Client } from 'pg';
import pino from 'pino';
import { runCommand } from '../src/cli';
import { loadConfig } from '../src/config';
import { createQuoteGraphDataSource } from '../src/composition';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ensureDatabase } from '../src/db/ensure-database';
import { enqueueArticles } from '../src/ingest/queue/enqueue-articles';
import { validateArticleInput } from '../src/ingest/validate-article-input';
import { articleGenerator } from './generator/article-generator';
import { flagOptions, readFlags } from './parse-flags';
import { startBenchWorker } from './worker-process';

const DEFAULTS = { articles: 2_000, concurrency: 4, seed: 42 };

const USAGE = `
Usage: npm run bench:workers -- [--articles N] [--concurrency K] [--seed S]

Ingests the same N generated articles through the queue twice, each time into a fresh database
beside DATABASE_URL (or on the embedded server under DATA_DIR): first with 1 worker process, then
with 2, each running K jobs at once. Prints articles/s for each and their ratio. The databases
(quote_graph_workers_bench_1 and _2) are dropped at the end.
  --articles N     how many (default 2000)
  --concurrency K  WORKER_CONCURRENCY of each worker (default 4)
  --seed S         seed of the generator (default 42)
`;

interface Run {
  workers: number;
  seconds: number;
  stored: number;
}

/** Given the server's URL, a fresh database name, the articles and how many workers, times one queue run. */
async function timeRun(
  serverUrl: string,
  name: string,
  articles: ReturnType<typeof validateArticleInput>[],
  workers: number,
  concurrency: number,
): Promise<Run> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  const url = await ensureDatabase(serverUrl, name);
  const dataSource = createQuoteGraphDataSource({ url, poolSize: 4 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const running = await Promise.all(
    Array.from({ length: workers }, () =>
      startBenchWorker(url, { WORKER_CONCURRENCY: String(concurrency), WORKER_IDLE_POLL_MS: '50' }),
    ),
  );
  try {
    const started = Date.now();
    const batchId = await enqueueArticles(
      dataSource,
      articles.map((article) => ({ article })),
    );
    const enqueuedMs = Date.now() - started;
    for (;;) {
      const [batch] = (await dataSource.query(
        'SELECT finished, done, total FROM ingest_batches WHERE id = $1',
        [batchId],
      )) as { finished: Date | null; done: number; total: number }[];
      if (batch?.finished) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (Date.now() - started) / 1000;
    const [{ stored }] = (await dataSource.query(
      `SELECT count(*)::int AS stored FROM ingest_batch_items WHERE batch_id = $1 AND outcome = 'STORED'`,
      [batchId],
    )) as [{ stored: number }];
    process.stderr.write(
      `  ${workers} worker(s): enqueued in ${enqueuedMs} ms, all done in ${seconds.toFixed(1)} s\n`,
    );
    return { workers, seconds, stored };
  } finally {
    await Promise.all(running.map((worker) => worker.stop()));
    await dataSource.destroy();
    const cleanup = new Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  }
}

/**
 * `npm run bench:workers`: the queue's throughput with 1 and then 2 worker processes on the same
 * generated articles, each run on a fresh database so both store every article; prints one line
 * per run and the ratio. On a machine with 2 cores (shared), 2 workers can at best double it.
 */
async function main(values: Record<string, string | boolean | undefined>): Promise<void> {
  const flags = readFlags(values, DEFAULTS);
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const serverUrl = config.databaseUrl ?? embedded?.url ?? '';
  const generate = articleGenerator(flags.seed);
  const articles = Array.from({ length: flags.articles }, (_, index) =>
    validateArticleInput(generate(index), { maxBodyBytes: config.maxArticleBytes }),
  );
  const logger = pino({ level: 'info' }, pino.destination(2));
  logger.info({ articles: flags.articles, concurrency: flags.concurrency }, 'bench:workers');
  try {
    const runs: Run[] = [];
    for (const workers of [1, 2]) {
      runs.push(
        await timeRun(
          serverUrl,
          `quote_graph_workers_bench_${workers}`,
          articles,
          workers,
          flags.concurrency,
        ),
      );
    }
    for (const run of runs) {
      if (run.stored !== flags.articles)
        throw new Error(`${run.workers} worker(s) stored ${run.stored} of ${flags.articles}`);
      process.stdout.write(
        `${run.workers} worker process(es) × ${flags.concurrency} jobs: ${flags.articles} articles in ${run.seconds.toFixed(1)} s = ${(flags.articles / run.seconds).toFixed(0)} articles/s\n`,
      );
    }
    const [one, two] = runs as [Run, Run];
    process.stdout.write(`ratio 2 workers / 1 worker: ${(one.seconds / two.seconds).toFixed(2)}×\n`);
  } finally {
    await embedded?.stop();
  }
}

runCommand({ name: 'bench:workers', usage: USAGE, options: flagOptions(DEFAULTS) }, ({ values }) =>
  main(values),
);

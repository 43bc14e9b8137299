import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config';
import type { OpenDatabase } from '../db/open-database';
import { reasonOf } from '../ingest/cli/article-record';
import { startJobPump, type JobPump } from './job-pump';
import { parseWorkerArgs, WORKER_USAGE } from './parse-worker-args';
import { startQueueClient } from './queue-client';
import { loadWorkerConfig, type WorkerConfig } from './worker-config';
import { WORKER_TASKS } from './worker-tasks';

/** The process around a worker, passed in so the entry point stays start-up only. */
export interface WorkerIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Where `--help` goes. */
  stdout: NodeJS.WritableStream;
  createLogger: (config: Config) => Logger;
  openDatabase: (config: Config, logger: Logger, options: { migrate: boolean }) => Promise<OpenDatabase>;
}

/** A started worker: `stop` finishes or hands back its jobs, then closes its connections. */
export interface RunningWorker {
  readonly logger: Logger;
  /** How long `stop` gives running jobs (WORKER_SHUTDOWN_MS). */
  readonly shutdownMs: number;
  stop(): Promise<void>;
}

/** Exit statuses: stopped cleanly, or could not start (bad arguments, configuration or database). */
export const WORKER_EXIT = { ok: 0, usage: 2 } as const;

/** A worker that could not start: one line for stderr, and exit status 2. */
export class WorkerStartError extends Error {
  readonly status = WORKER_EXIT.usage;
}

async function start(config: Config, worker: WorkerConfig, io: WorkerIo): Promise<RunningWorker> {
  const logger = io.createLogger(config);
  const database = await io
    .openDatabase(config, logger, { migrate: false })
    .catch((error: unknown) =>
      Promise.reject(new WorkerStartError(`cannot open the database: ${reasonOf(error)}`)),
    );
  const { dataSource } = database;
  // Workers never migrate: N of them starting at once would race. The API or migration:run does it.
  if (await dataSource.showMigrations()) {
    await database.close();
    throw new WorkerStartError(
      'the database has migrations to apply: run `npm run migration:run` (or start the API) first',
    );
  }
  // pg-boss connects on its own to the database the TypeORM pool uses (the embedded one included).
  const url = dataSource.options.type === 'postgres' ? dataSource.options.url : undefined;
  if (!url) throw new WorkerStartError('the database has no URL for the job queue to connect to');
  const boss = await startQueueClient(url, worker, logger);
  const deps = { dataSource, maxArticleBytes: config.maxArticleBytes, logger };
  const pumps: JobPump[] = WORKER_TASKS.map((task) =>
    startJobPump({
      boss,
      queue: task.queue,
      concurrency: task.main ? worker.concurrency : 1,
      idlePollMs: worker.idlePollMs,
      handle: (job) => task.handle(deps, job),
      onError: (error, job) =>
        logger.warn({ queue: task.queue, jobId: job?.id, reason: reasonOf(error) }, 'job attempt failed'),
    }),
  );
  logger.info(
    { concurrency: worker.concurrency, queues: WORKER_TASKS.map((task) => task.queue) },
    'worker started: taking jobs',
  );
  return {
    logger,
    shutdownMs: worker.shutdownMs,
    async stop() {
      const released = await Promise.all(pumps.map((pump) => pump.stop(worker.shutdownMs)));
      await boss.stop({ graceful: false, wait: true });
      await database.close();
      logger.info({ released: released.reduce((sum, count) => sum + count, 0) }, 'worker stopped');
    },
  };
}

/**
 * Given the command line and the process streams, starts a worker, or prints usage (`--help`)
 * and returns null; throws a WorkerStartError (one line, status 2) when the arguments, the
 * configuration or the database are unusable.
 */
export async function startWorker(io: WorkerIo): Promise<RunningWorker | null> {
  let args;
  let config;
  let worker;
  try {
    args = parseWorkerArgs(io.argv);
    config = loadConfig(io.env);
    worker = loadWorkerConfig(io.env);
  } catch (error) {
    const message = error instanceof ConfigError ? error.problems.join('; ') : reasonOf(error);
    throw new WorkerStartError(`${message} (npm run worker -- --help)`);
  }
  if (args.help) {
    io.stdout.write(WORKER_USAGE);
    return null;
  }
  const settings = args.concurrency === null ? worker : { ...worker, concurrency: args.concurrency };
  return start(config, settings, io);
}

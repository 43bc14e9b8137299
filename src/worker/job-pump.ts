import type PgBoss from 'pg-boss';
import { reasonOf } from '../ingest/cli/article-record';

/** What a pump needs: the queue, how many jobs at once, the handler, and where problems go. */
export interface JobPumpOptions<T> {
  boss: PgBoss;
  queue: string;
  concurrency: number;
  idlePollMs: number;
  /** Does one job's work; a throw fails the attempt (pg-boss retries it, with backoff, or gives up). */
  handle: (job: PgBoss.JobWithMetadata<T>) => Promise<void>;
  onError: (error: unknown, job?: PgBoss.Job<T>) => void;
}

/** A running pump: `stop` stops taking jobs and waits for the running ones, at most `deadlineMs`. */
export interface JobPump {
  /** Resolves with how many running jobs were handed back to the queue at the deadline. */
  stop(deadlineMs: number): Promise<number>;
}

/** Message kept on a job a stopping worker could not finish: pg-boss retries it like any failure. */
export const RELEASED_ON_STOP = 'worker stopped before the job finished; it will be retried';

/** Fails each job with a message kept on it (pg-boss's typings take a message only for one id). */
const failWith = (boss: PgBoss, queue: string, ids: readonly string[], message: string): Promise<unknown> =>
  Promise.all(ids.map((id) => boss.fail(queue, id, { message })));

const wait = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Given a queue and a handler, keeps up to `concurrency` of its jobs running: fetches as many as
 * there are free slots (pg-boss locks them with SKIP LOCKED, so processes never share one),
 * completes each job whose handler returns and fails each whose handler throws. It asks again at
 * once while jobs come, and after `idlePollMs` when the queue was empty: pg-boss's own `work()`
 * waits a whole polling interval after every batch, which would cap a worker at a batch a second.
 */
export function startJobPump<T>(options: JobPumpOptions<T>): JobPump {
  const { boss, queue } = options;
  const running = new Map<string, Promise<void>>();
  const stopping = new AbortController();

  const run = async (job: PgBoss.JobWithMetadata<T>): Promise<void> => {
    try {
      await options.handle(job);
      await boss.complete(queue, job.id);
    } catch (error) {
      options.onError(error, job);
      // Should this fail too (the database gone), the job's timeout hands it to another worker.
      await boss
        .fail(queue, job.id, { message: reasonOf(error) })
        .catch((failure: unknown) => options.onError(failure, job));
    }
  };

  const loop = async (): Promise<void> => {
    while (!stopping.signal.aborted) {
      const free = options.concurrency - running.size;
      if (free <= 0) {
        // Every slot busy: go on when one frees (`run` never rejects).
        await Promise.race(running.values());
        continue;
      }
      const jobs = await boss
        .fetch<T>(queue, { batchSize: free, includeMetadata: true })
        .catch((error: unknown) => {
          options.onError(error);
          return [];
        });
      if (stopping.signal.aborted) {
        // Fetched as the stop came: hand them straight back rather than start them.
        await failWith(
          boss,
          queue,
          jobs.map((job) => job.id),
          RELEASED_ON_STOP,
        );
        break;
      }
      if (jobs.length === 0) {
        await wait(options.idlePollMs, stopping.signal);
        continue;
      }
      for (const job of jobs) {
        running.set(
          job.id,
          run(job).finally(() => running.delete(job.id)),
        );
      }
    }
  };
  const looping = loop().catch((error: unknown) => options.onError(error));

  return {
    async stop(deadlineMs) {
      stopping.abort();
      await looping;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(running.values()),
        new Promise((resolve) => (timer = setTimeout(resolve, deadlineMs))),
      ]);
      clearTimeout(timer);
      const unfinished = [...running.keys()];
      await failWith(boss, queue, unfinished, RELEASED_ON_STOP);
      return unfinished.length;
    },
  };
}

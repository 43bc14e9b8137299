import type PgBoss from 'pg-boss';
import type { IngestJobData } from '../ingest/queue/ingest-job';
import { INGEST_DEAD_LETTER_QUEUE, INGEST_QUEUE, REEXTRACT_QUEUE } from '../ingest/queue/queue-names';
import type { ReextractJobData } from '../ingest/reextract/reextract-job';
import { handleDeadLetter, type BatchJobData } from './handle-dead-letter';
import { handleIngestJob } from './handle-ingest-job';
import type { JobDeps } from './job-deps';
import { handleReextractJob } from './handle-reextract-job';

/** One kind of job a worker takes: its queue, its handler, and whether it shares the main concurrency. */
export interface WorkerTask {
  queue: string;
  /** Where its jobs go after their last retry, if anywhere. */
  deadLetter: string | null;
  /** False for bookkeeping queues, which run one job at a time beside the main work. */
  main: boolean;
  handle(deps: JobDeps, job: PgBoss.JobWithMetadata<unknown>): Promise<void>;
}

/**
 * Every task a worker runs. The extension point for more kinds of job: a queue made by a
 * migration, and an entry here.
 */
export const WORKER_TASKS: readonly WorkerTask[] = [
  {
    queue: INGEST_QUEUE,
    deadLetter: INGEST_DEAD_LETTER_QUEUE,
    main: true,
    // pg-boss counts a fetch of a job that was started before (failed, timed out) as a retry.
    handle: (deps, job) => handleIngestJob(deps, job.data as IngestJobData, { retried: job.retryCount > 0 }),
  },
  {
    queue: REEXTRACT_QUEUE,
    // Its jobs carry a batch and an index too, so the ingest dead-letter queue records their failures.
    deadLetter: INGEST_DEAD_LETTER_QUEUE,
    main: true,
    handle: (deps, job) =>
      handleReextractJob(deps, job.data as ReextractJobData, { retried: job.retryCount > 0 }),
  },
  {
    queue: INGEST_DEAD_LETTER_QUEUE,
    deadLetter: null,
    main: false,
    handle: (deps, job) => handleDeadLetter(deps, job as PgBoss.JobWithMetadata<BatchJobData>),
  },
];

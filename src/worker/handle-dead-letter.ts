import type PgBoss from 'pg-boss';
import { IngestOutcome } from '../ingest/queue/ingest-outcome';
import { recordOutcome } from '../ingest/queue/record-outcome';
import { afterBatchFinished } from './after-batch-finished';
import type { JobDeps } from './job-deps';

/**
 * The message of a job's last failure: what the worker passed to `fail` (`{ message }`), or what
 * pg-boss wrote when the job timed out (`{ value: { message } }`).
 */
function failureMessage(output: unknown): string {
  const record = (output ?? {}) as { message?: unknown; value?: { message?: unknown } };
  const message = record.message ?? record.value?.message;
  return typeof message === 'string' && message.trim() ? message.split('\n')[0]! : 'failed after every retry';
}

/** What every job of a batch carries, ingest and re-extraction alike: all a dead letter needs. */
export interface BatchJobData {
  batchId: string;
  index: number;
}

/**
 * Given a job pg-boss moved to the dead-letter queue (an ingest or re-extraction job that failed
 * its last retry, a timeout included), records its article as FAILED with the last failure's
 * message, once.
 */
export async function handleDeadLetter(
  deps: JobDeps,
  job: PgBoss.JobWithMetadata<BatchJobData>,
): Promise<void> {
  const reason = failureMessage(job.output);
  const { batchFinished } = await deps.dataSource.transaction((manager) =>
    recordOutcome(manager, {
      batchId: job.data.batchId,
      index: job.data.index,
      outcome: IngestOutcome.FAILED,
      reason,
    }),
  );
  deps.logger.warn(
    { batchId: job.data.batchId, index: job.data.index, reason },
    'article failed after every retry',
  );
  if (batchFinished) await afterBatchFinished(deps, job.data.batchId);
}

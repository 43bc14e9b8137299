import type { DataSource } from 'typeorm';
import { IngestBatch } from './ingest-batch.entity';
import { IngestOutcome } from './ingest-outcome';

/** A batch id is a UUID; anything else names no batch. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Failures listed by `ingestBatch` at most (the counts cover them all). */
export const FAILURES_LISTED = 1_000;

/**
 * Given a batch id, returns the batch with its counts read from its items (pending is what has no
 * outcome yet) and its failures in index order, at most `failureLimit` of them (null: all);
 * null when no batch has that id.
 */
export async function loadIngestBatch(
  dataSource: DataSource,
  id: string,
  failureLimit: number | null = FAILURES_LISTED,
): Promise<IngestBatch | null> {
  if (!UUID.test(id)) return null;
  const [row] = (await dataSource.query(
    `SELECT b.id, b.total, b.done, b.created, b.finished,
            count(*) FILTER (WHERE i.outcome = $2)::integer AS stored,
            count(*) FILTER (WHERE i.outcome = $3)::integer AS updated,
            count(*) FILTER (WHERE i.outcome = $4)::integer AS unchanged,
            count(*) FILTER (WHERE i.outcome = $5)::integer AS failed
       FROM ingest_batches b LEFT JOIN ingest_batch_items i ON i.batch_id = b.id
      WHERE b.id = $1
      GROUP BY b.id`,
    [id, IngestOutcome.STORED, IngestOutcome.UPDATED, IngestOutcome.UNCHANGED, IngestOutcome.FAILED],
  )) as (Omit<IngestBatch, 'pending' | 'failures'> & { created: Date })[];
  if (!row) return null;
  const failures = (await dataSource.query(
    `SELECT index, reason FROM ingest_batch_items
      WHERE batch_id = $1 AND outcome = $2 ORDER BY index LIMIT $3`,
    [id, IngestOutcome.FAILED, failureLimit],
  )) as { index: number; reason: string | null }[];
  return Object.assign(new IngestBatch(), row, {
    pending: row.total - row.stored - row.updated - row.unchanged - row.failed,
    failures: failures.map((failure) => ({
      index: failure.index,
      reason: failure.reason ?? 'unknown error',
    })),
  });
}

import type { EntityManager } from 'typeorm';
import { IngestOutcome } from './ingest-outcome';

/** An article's outcome as a job records it. */
export interface ItemOutcome {
  batchId: string;
  index: number;
  outcome: IngestOutcome;
  articleId?: number | null;
  reason?: string | null;
}

/** What recording did: whether this call wrote the row, and whether it was the batch's last. */
export interface Recorded {
  recorded: boolean;
  batchFinished: boolean;
}

/**
 * Given a transaction and an article's outcome, writes it once: a second call for the same item
 * (a job retried after its first run committed) writes nothing. The batch's `done` counts up in
 * the same transaction; the one that brings it to `total` marks the batch finished.
 */
export async function recordOutcome(manager: EntityManager, item: ItemOutcome): Promise<Recorded> {
  const inserted = (await manager.query(
    `INSERT INTO ingest_batch_items (batch_id, index, outcome, article_id, reason)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (batch_id, index) DO NOTHING
     RETURNING index`,
    [item.batchId, item.index, item.outcome, item.articleId ?? null, item.reason ?? null],
  )) as unknown[];
  if (inserted.length === 0) return { recorded: false, batchFinished: false };
  const [batch] = (await manager.query(
    // Wrapped in a SELECT so TypeORM hands back the rows themselves, as for any query.
    `WITH counted AS (
       UPDATE ingest_batches
          SET done = done + 1, finished = CASE WHEN done + 1 = total THEN now() END
        WHERE id = $1
        RETURNING finished IS NOT NULL AS finished)
     SELECT finished FROM counted`,
    [item.batchId],
  )) as [{ finished: boolean }?];
  return { recorded: true, batchFinished: batch?.finished === true };
}

/** Given a batch id, returns how many of its articles were written: stored new, or updated. */
export async function storedCount(manager: EntityManager, batchId: string): Promise<number> {
  const [row] = (await manager.query(
    `SELECT count(*)::integer AS stored FROM ingest_batch_items WHERE batch_id = $1 AND outcome IN ($2, $3)`,
    [batchId, IngestOutcome.STORED, IngestOutcome.UPDATED],
  )) as [{ stored: number }];
  return row.stored;
}

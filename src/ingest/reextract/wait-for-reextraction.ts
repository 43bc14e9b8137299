import type { DataSource } from 'typeorm';
import type { Progress } from '../cli/progress';
import type { IngestBatch } from '../queue/ingest-batch.entity';
import { loadIngestBatch } from '../queue/load-ingest-batch';

/** How often `--wait` reads the batch's counts. */
const POLL_MS = 500;

/** Failures a summary lists at most (the counts cover them all). */
const LISTED_FAILURES = 100;

/**
 * Given a re-extraction batch, follows it until nothing is pending, advancing `progress` as the
 * workers finish articles, and returns the batch as it ended.
 */
export async function waitForReextraction(
  dataSource: DataSource,
  batchId: string,
  progress: Progress,
): Promise<IngestBatch> {
  let shown = 0;
  for (;;) {
    const batch = await loadIngestBatch(dataSource, batchId, LISTED_FAILURES);
    if (!batch) throw new Error(`batch ${batchId} is gone`);
    for (const done = batch.total - batch.pending; shown < done; shown += 1) progress.advance();
    if (batch.pending === 0) return batch;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

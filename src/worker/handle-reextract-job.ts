import { IngestOutcome } from '../ingest/queue/ingest-outcome';
import { recordOutcome, type Recorded } from '../ingest/queue/record-outcome';
import { reextractArticle } from '../ingest/reextract';
import type { ReextractJobData } from '../ingest/reextract/reextract-job';
import { afterBatchFinished } from './after-batch-finished';
import { isItemDone } from './handle-ingest-job';
import type { JobDeps } from './job-deps';

/**
 * Given one re-extraction job's data and whether it ran before, runs the current extractor again
 * over the stored article (see reextractArticle) and records the outcome in the same transaction:
 * changed is UPDATED, unchanged is UNCHANGED, an article deleted since it was enqueued is FAILED with
 * that reason. A job retried after its first run committed finds its outcome and does nothing; one
 * whose run did not commit re-extracts again, which is safe (the same text gives the same result).
 */
export async function handleReextractJob(
  deps: JobDeps,
  data: ReextractJobData,
  attempt: { retried: boolean },
): Promise<void> {
  if (attempt.retried && (await isItemDone(deps, data))) return;
  const recorded: Recorded = await deps.dataSource.transaction(async (manager) => {
    const result = await reextractArticle(manager, data.articleId);
    return recordOutcome(manager, {
      batchId: data.batchId,
      index: data.index,
      ...(result === 'missing'
        ? { outcome: IngestOutcome.FAILED, reason: `article ${data.articleId} is no longer stored` }
        : {
            outcome: result === 'changed' ? IngestOutcome.UPDATED : IngestOutcome.UNCHANGED,
            articleId: data.articleId,
          }),
    });
  });
  if (recorded.batchFinished) await afterBatchFinished(deps, data.batchId);
}

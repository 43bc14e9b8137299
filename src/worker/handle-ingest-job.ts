import { ingestArticle } from '../ingest/ingest-article';
import type { IngestJobData } from '../ingest/queue/ingest-job';
import { IngestOutcome } from '../ingest/queue/ingest-outcome';
import { recordOutcome, type Recorded } from '../ingest/queue/record-outcome';
import { validateArticleInput } from '../ingest/validate-article-input';
import { afterBatchFinished } from './after-batch-finished';
import type { JobDeps } from './job-deps';

/** Given a batch item, returns whether its outcome is recorded: a retried job's work may be done. */
export async function isItemDone(deps: JobDeps, item: { batchId: string; index: number }): Promise<boolean> {
  const done = (await deps.dataSource.query(
    'SELECT 1 FROM ingest_batch_items WHERE batch_id = $1 AND index = $2',
    [item.batchId, item.index],
  )) as unknown[];
  return done.length > 0;
}

/**
 * Given one ingest job's data and whether it ran before, stores its article through the ingest path (extract, then one
 * transaction) and records the outcome, STORED, UPDATED or UNCHANGED, in that same transaction. A job
 * retried after its first run committed (its worker killed before it could say so) finds its
 * outcome and does nothing; one retried after a run that did not commit finds neither, and the
 * article's identity (URL, content hash) keeps a second copy out in any case. The article is
 * validated again: the queue is a boundary, and this worker's limits are the ones that hold.
 */
export async function handleIngestJob(
  deps: JobDeps,
  data: IngestJobData,
  attempt: { retried: boolean },
): Promise<void> {
  // Only a retried job can find its work done; a first attempt saves the round trip.
  if (attempt.retried && (await isItemDone(deps, data))) return;
  const article = validateArticleInput(
    { ...data.article, publishedAt: data.article.publishedAt ? new Date(data.article.publishedAt) : null },
    { maxBodyBytes: deps.maxArticleBytes },
  );
  let recorded: Recorded = { recorded: false, batchFinished: false };
  await ingestArticle(deps.dataSource, article, async (manager, stored) => {
    recorded = await recordOutcome(manager, {
      batchId: data.batchId,
      index: data.index,
      outcome: stored.created
        ? IngestOutcome.STORED
        : stored.updated
          ? IngestOutcome.UPDATED
          : IngestOutcome.UNCHANGED,
      articleId: stored.articleId,
    });
  });
  if (recorded.batchFinished) await afterBatchFinished(deps, data.batchId);
}

import type { DataSource } from 'typeorm';
import { enqueueArticles, type BatchEntry, type EnqueuedBatch } from '../queue/enqueue-articles';
import { loadIngestBatch } from '../queue/load-ingest-batch';
import { validateArticleInput } from '../validate-article-input';
import { reasonOf, type ArticleRecord } from './article-record';
import { MAX_LISTED_FAILURES, type IngestTally } from './ingest-records';
import type { Progress } from './progress';

/** How often `--wait` reads the batch's counts. */
const POLL_MS = 500;

/**
 * Given the records read from the input (a stream), enqueues them as one batch as they come: each
 * readable, valid article as a job, each record that could not be read or validated as a failure
 * of the batch at its index (so the batch counts every input, as an in-process run does). Each
 * record's origin goes to `keepOrigin`, for naming failures later; the articles are not kept.
 */
export function enqueueRecords(
  dataSource: DataSource,
  records: AsyncIterable<ArticleRecord>,
  maxArticleBytes: number,
  keepOrigin: (origin: string) => void = () => undefined,
): Promise<EnqueuedBatch> {
  async function* entries(): AsyncGenerator<BatchEntry> {
    for await (const record of records) {
      keepOrigin(record.origin);
      if ('error' in record) yield { reason: record.error };
      else {
        try {
          yield { article: validateArticleInput(record.article, { maxBodyBytes: maxArticleBytes }) };
        } catch (error) {
          yield { reason: reasonOf(error) };
        }
      }
    }
  }
  return enqueueArticles(dataSource, entries());
}

/**
 * Given a batch and the origins of the records it was made from, follows it until nothing is
 * pending, advancing `progress` as the workers finish articles, and returns its tally with each
 * failure named by its record's origin (the first MAX_LISTED_FAILURES of them, as an in-process
 * run lists).
 */
export async function waitForBatch(
  dataSource: DataSource,
  batchId: string,
  origins: readonly string[],
  progress: Progress,
): Promise<IngestTally> {
  let shown = 0;
  for (;;) {
    const batch = await loadIngestBatch(dataSource, batchId, MAX_LISTED_FAILURES);
    if (!batch) throw new Error(`batch ${batchId} is gone`);
    for (const done = batch.total - batch.pending; shown < done; shown += 1) progress.advance();
    if (batch.pending === 0) {
      return {
        created: batch.stored,
        updated: batch.updated,
        unchanged: batch.unchanged,
        failedCount: batch.failed,
        failed: batch.failures.map((failure) => ({
          origin: origins[failure.index] ?? `#${failure.index}`,
          reason: failure.reason,
        })),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

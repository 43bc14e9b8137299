import type { DataSource } from 'typeorm';
import type { ArticleToIngest } from '../validate-article-input';
import { toQueuedArticle, type IngestJobData } from './ingest-job';
import { IngestOutcome } from './ingest-outcome';
import { INGEST_QUEUE } from './queue-names';
import { insertJobs } from './queue-producer';

/** One entry of a batch: an article to ingest, or why it could not even be enqueued (a bad file). */
export type BatchEntry = { article: ArticleToIngest } | { reason: string };

/** Jobs inserted per statement: a million-article batch goes in as many statements, not one. */
const JOBS_PER_STATEMENT = 500;

/** A batch just enqueued: its id and how many entries it holds. */
export interface EnqueuedBatch {
  batchId: string;
  total: number;
}

/**
 * Given entries in order (a list, or a stream read from files of any size), creates a batch of
 * them in one transaction: the batch row, a FAILED item for each entry that carries a reason (its
 * index kept, so a caller can match it to its input), and one ingest job per article, written
 * JOBS_PER_STATEMENT at a time as the entries come, so no more than that are held. Nothing is
 * enqueued unless all of it is: workers see the batch once its total is known.
 */
export async function enqueueArticles(
  dataSource: DataSource,
  entries: Iterable<BatchEntry> | AsyncIterable<BatchEntry>,
): Promise<EnqueuedBatch> {
  return dataSource.transaction(async (manager) => {
    const [batch] = (await manager.query(
      `INSERT INTO ingest_batches (id, total, done) VALUES (gen_random_uuid(), 0, 0) RETURNING id`,
    )) as [{ id: string }];
    let jobs: IngestJobData[] = [];
    let refused: { index: number; reason: string }[] = [];
    let total = 0;
    let refusedCount = 0;
    const flush = async (): Promise<void> => {
      if (refused.length > 0) {
        await manager.query(
          `INSERT INTO ingest_batch_items (batch_id, index, outcome, reason)
           SELECT $1, item.index, $2, item.reason FROM unnest($3::integer[], $4::text[]) AS item(index, reason)`,
          [
            batch.id,
            IngestOutcome.FAILED,
            refused.map((item) => item.index),
            refused.map((item) => item.reason),
          ],
        );
      }
      if (jobs.length > 0) await insertJobs(manager, INGEST_QUEUE, jobs);
      jobs = [];
      refused = [];
    };
    for await (const entry of entries) {
      const index = total;
      total += 1;
      if ('reason' in entry) {
        refused.push({ index, reason: entry.reason });
        refusedCount += 1;
      } else jobs.push({ batchId: batch.id, index, article: toQueuedArticle(entry.article) });
      if (jobs.length + refused.length >= JOBS_PER_STATEMENT) await flush();
    }
    await flush();
    await manager.query(
      `UPDATE ingest_batches SET total = $2::integer, done = $3::integer,
              finished = CASE WHEN $2::integer = $3::integer THEN now() END
        WHERE id = $1`,
      [batch.id, total, refusedCount],
    );
    return { batchId: batch.id, total };
  });
}

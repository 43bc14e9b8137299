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

/**
 * Given entries in order, creates a batch of them in one transaction: the batch row, a FAILED
 * item for each entry that carries a reason (its index kept, so a caller can match it to its
 * input), and one ingest job per article. Nothing is enqueued unless all of it is. Returns the
 * batch id.
 */
export async function enqueueArticles(
  dataSource: DataSource,
  entries: readonly BatchEntry[],
): Promise<string> {
  const refused = entries.flatMap((entry, index) =>
    'reason' in entry ? [{ index, reason: entry.reason }] : [],
  );
  return dataSource.transaction(async (manager) => {
    const [batch] = (await manager.query(
      `INSERT INTO ingest_batches (id, total, done, finished)
       VALUES (gen_random_uuid(), $1::integer, $2::integer, CASE WHEN $1::integer = $2::integer THEN now() END)
       RETURNING id`,
      [entries.length, refused.length],
    )) as [{ id: string }];
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
    const jobs: IngestJobData[] = entries.flatMap((entry, index) =>
      'article' in entry ? [{ batchId: batch.id, index, article: toQueuedArticle(entry.article) }] : [],
    );
    for (let start = 0; start < jobs.length; start += JOBS_PER_STATEMENT) {
      await insertJobs(manager, INGEST_QUEUE, jobs.slice(start, start + JOBS_PER_STATEMENT));
    }
    return batch.id;
  });
}

import type { DataSource } from 'typeorm';
import { EXTRACTOR_VERSION } from '../../extraction';
import { REEXTRACT_QUEUE } from '../queue/queue-names';
import { insertJobs } from '../queue/queue-producer';
import type { ReextractJobData } from './reextract-job';
import { inScope } from './reextract-articles';

// Ids are read, and their jobs inserted, a page at a time: an archive of any size is never held.
const PAGE = 500;

/**
 * Given a database and a scope, enqueues one re-extraction job per stored article of that scope,
 * in id order, as one batch, in one transaction: the batch row, then the jobs page by page, then
 * the batch's total, so workers see all of them or none and the total is exactly what went in.
 * Returns the batch id; a scope with no article gives a batch already finished.
 */
export async function enqueueReextraction(
  dataSource: DataSource,
  scope: 'all' | 'outdated',
): Promise<string> {
  return dataSource.transaction(async (manager) => {
    const [batch] = (await manager.query(
      `INSERT INTO ingest_batches (id, total, done) VALUES (gen_random_uuid(), 0, 0) RETURNING id`,
    )) as [{ id: string }];
    let index = 0;
    for (let after = 0; ;) {
      const rows = (await manager.query(
        `SELECT id FROM articles WHERE id > $1 AND ${inScope(2)} ORDER BY id LIMIT ${PAGE}`,
        [after, scope === 'all', EXTRACTOR_VERSION],
      )) as { id: number }[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1]?.id ?? after;
      const jobs: ReextractJobData[] = rows.map((row) => ({
        batchId: batch.id,
        index: index++,
        articleId: row.id,
      }));
      await insertJobs(manager, REEXTRACT_QUEUE, jobs);
    }
    await manager.query(
      `UPDATE ingest_batches SET total = $2, finished = CASE WHEN $2::integer = 0 THEN now() END WHERE id = $1`,
      [batch.id, index],
    );
    return batch.id;
  });
}

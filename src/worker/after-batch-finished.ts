import { analyzeAfterBulkLoad } from '../ingest/analyze-after-bulk-load';
import { storedCount } from '../ingest/queue/record-outcome';
import type { JobDeps } from './job-deps';

/**
 * Given a batch whose last outcome was just recorded (by exactly one job, see recordOutcome),
 * logs its end and, when it stored more than 1,000 articles, runs ANALYZE on the ingest tables
 * (`analyzeAfterBulkLoad`): where autovacuum is off, and for a while even where it is on, a bulk
 * load leaves the planner with an empty archive's statistics.
 */
export async function afterBatchFinished(deps: JobDeps, batchId: string): Promise<void> {
  const stored = await storedCount(deps.dataSource.manager, batchId);
  const analyzeMs = await analyzeAfterBulkLoad(deps.dataSource, stored);
  deps.logger.info({ batchId, stored, analyzeMs }, 'ingest batch finished');
}

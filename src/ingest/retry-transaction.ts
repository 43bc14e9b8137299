import { sqlStateOf } from '../db/sql-state';

const RETRYABLE_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '23505', // unique_violation: a concurrent ingest inserted the same natural key first
]);

/**
 * Given work that runs one transaction, runs it, and again (up to `attempts` times, with a short
 * jittered back-off) when Postgres aborted it for a reason a retry cures, so clients never see it.
 */
export async function retryTransaction<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const state = sqlStateOf(error);
      if (attempt >= attempts || !RETRYABLE_SQLSTATES.has(state)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

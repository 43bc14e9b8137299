const RETRYABLE_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '23505', // unique_violation: a concurrent ingest inserted the same natural key first
]);

const sqlState = (error: unknown): string | undefined =>
  (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code?.toString() ??
  (error as { code?: unknown }).code?.toString();

/**
 * Given work that runs one transaction, runs it, and again (up to `attempts` times, with a short
 * jittered back-off) when Postgres aborted it for a reason a retry cures, so clients never see it.
 */
export async function retryTransaction<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const state = sqlState(error);
      if (attempt >= attempts || state === undefined || !RETRYABLE_SQLSTATES.has(state)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Pool } from 'pg';

/** The table the rate-limit counters live in (migration 1764347000000-RateLimits). */
export const RATE_LIMIT_TABLE = 'rate_limits';

/** Whether one more request is allowed, and if not, in how many seconds it will be. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A per-minute budget per key, counted in Postgres so every process behind a balancer shares it. */
export interface RateLimiter {
  /** The requests a key may make a minute. */
  readonly perMinute: number;
  /** Given a key (an address, a token digest), spends one request of its budget and says whether it was allowed. */
  consume(key: string): Promise<RateVerdict>;
}

/**
 * Given the database pool, a name (the key prefix: "reads", "writes") and a budget, returns a
 * limiter counting in the `rate_limits` table, or null when the budget is 0 (the limit is off).
 * A key over its budget is then refused from memory until its minute ends, so a client hammering
 * the server costs no statement per refusal. Should the database fail, the request is allowed:
 * the limit protects the database, and a request that finds it away is answered 503 anyway.
 */
export function createRateLimiter(pool: Pool, name: string, perMinute: number): RateLimiter | null {
  if (perMinute === 0) return null;
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    // The migration made the table: the library must not run DDL at start-up.
    tableCreated: true,
    keyPrefix: name,
    points: perMinute,
    duration: 60,
    inMemoryBlockOnConsumed: perMinute + 1,
  });
  return {
    perMinute,
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) return { allowed: true };
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
  };
}

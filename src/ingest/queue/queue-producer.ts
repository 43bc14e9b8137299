import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { QUEUE_SCHEMA } from './queue-names';

type QueueDb = PgBoss.Db;

// Every call passes its own transaction (`{ db }`), so this default is never used: a call that
// forgot would fail loudly instead of writing outside the transaction.
const NO_DEFAULT_DB: QueueDb = {
  executeSql: () => Promise.reject(new Error('queue producer used without a transaction')),
};

/**
 * A pg-boss instance that only inserts jobs: no pool of its own, no maintenance, never started.
 * Jobs go in through the caller's TypeORM transaction, so a batch and its jobs commit together.
 */
const producer = new PgBoss({
  db: NO_DEFAULT_DB,
  schema: QUEUE_SCHEMA,
  migrate: false,
  supervise: false,
  schedule: false,
});

/**
 * Given a TypeORM transaction, returns pg-boss's statement runner over it. Only for inserts:
 * TypeORM answers an UPDATE or DELETE with `[rows, count]` rather than the rows pg-boss expects.
 */
function inTransaction(manager: EntityManager): QueueDb {
  return {
    executeSql: async (text, values) => ({ rows: (await manager.query(text, values)) as unknown[] }),
  };
}

/** Given a transaction, a queue and job payloads, inserts one job per payload inside that transaction. */
export async function insertJobs(
  manager: EntityManager,
  queue: string,
  payloads: readonly object[],
): Promise<void> {
  await producer.insert(
    payloads.map((data) => ({ name: queue, data })),
    { db: inTransaction(manager) },
  );
}

import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { recordStatement } from './statement-counter';

// Postgres keeps a prepared statement (often half a megabyte with its plan) in every pooled
// session until the session ends, so only this many distinct statements are ever prepared.
const MAX_PREPARED = 50;
const preparedNames = new Set<string>();

/** Given a statement worth preparing, returns the name to prepare it under; undefined once the quota is spent. */
export function reserveStatementName(sql: string): string | undefined {
  const name = `qg_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
  if (!preparedNames.has(name)) {
    if (preparedNames.size >= MAX_PREPARED) return undefined;
    preparedNames.add(name);
  }
  return name;
}

/**
 * Given a statement, its values and optionally a name from `reserveStatementName`, runs it on a
 * connection of the data source's pool and returns its rows, counted like TypeORM's own. A named
 * statement is parsed and planned once per session rather than on every run. (TypeORM's query()
 * sends unnamed statements only; the `pg` client a query runner connects with takes a name.)
 */
export async function queryStatement<T>(
  dataSource: DataSource,
  sql: string,
  values: readonly unknown[],
  name?: string,
): Promise<T[]> {
  recordStatement(sql, values);
  const runner = dataSource.createQueryRunner('master');
  try {
    const client = (await runner.connect()) as PoolClient;
    const result = await client.query({ name, text: sql, values: [...values] });
    return result.rows as T[];
  } finally {
    await runner.release();
  }
}

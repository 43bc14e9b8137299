import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { recordStatement } from './statement-counter';

// Postgres keeps a prepared statement in every pooled session until it closes, so only this many
// distinct statements are prepared; the rest run as one-off statements.
const MAX_PREPARED = 100;
const preparedNames = new Map<string, string>();

/**
 * Given a statement, its values and whether its plan can be reused whatever the values, runs it on
 * the data source's pool and returns its rows. Reusable statements run as named prepared
 * statements, so each session parses and plans them once rather than on every request.
 */
export async function queryPrepared<T>(
  dataSource: DataSource,
  sql: string,
  values: readonly unknown[],
  reusablePlan: boolean,
): Promise<T[]> {
  recordStatement(sql, values);
  let name = reusablePlan ? preparedNames.get(sql) : undefined;
  if (reusablePlan && name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `qg_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    preparedNames.set(sql, name);
  }
  // TypeORM's own query() sends unnamed statements only; its pg pool (PostgresDriver.master, not
  // reachable through the package's exports as a type) takes a name.
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name, text: sql, values: [...values] });
  return result.rows as T[];
}

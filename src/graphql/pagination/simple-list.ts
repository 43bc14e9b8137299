import type { DataSource } from 'typeorm';
import { SqlParams } from '../../db/sql-params';
import type { KeysetList } from './keyset-query';

/** A top-level list of one table sorted by case-folded name, then id, with extra conditions. */
export function nameSortedList(
  dataSource: DataSource,
  options: { table: string; select: string; build: (params: SqlParams) => string[] },
): KeysetList {
  const params = new SqlParams();
  return {
    from: `${options.table} x`,
    scope: 'TRUE',
    select: options.select,
    sort: [
      { sql: 'lower(x.name)', cast: 'text' },
      { sql: 'x.id', cast: 'integer' },
    ],
    direction: 'ASC',
    conditions: options.build(params),
    params,
  };
}

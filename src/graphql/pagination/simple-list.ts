import type { DataSource } from 'typeorm';
import { selectColumns } from '../../db/hydrate';
import type { SqlParams } from '../../db/sql-params';
import type { KeysetList } from './keyset-query';

/**
 * Given an entity with a `name`, the parameters and the conditions narrowing it (written against
 * alias `x`), returns its keyset list sorted by case-folded name, then id.
 */
export function nameSortedList(
  dataSource: DataSource,
  entity: new () => object,
  params: SqlParams,
  conditions: (params: SqlParams) => string[],
): KeysetList {
  return {
    from: `${dataSource.getMetadata(entity).tableName} x`,
    scope: () => 'TRUE',
    select: selectColumns(dataSource, entity, 'x'),
    sort: [
      { sql: 'lower(x.name)', cast: 'text' },
      { sql: 'x.id', cast: 'integer' },
    ],
    direction: 'ASC',
    conditions: conditions(params),
    params,
  };
}

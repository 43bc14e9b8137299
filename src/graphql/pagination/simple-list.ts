import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from '../../db/hydrate';
import { SqlParams } from '../../db/sql-params';
import { connectionLoader } from './connection-loader';
import type { KeysetList } from './keyset-query';
import type { ConnectionValue } from './connection-type';
import { toPageRequest, type PageArgs } from './page-args';

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

/**
 * Given an entity with a `name`, page arguments and the conditions narrowing it (written against
 * alias `x` with the given parameters), returns one page of that table sorted by case-folded name,
 * then id: the top-level lists of speakers and places.
 */
export function nameSortedPage<T extends object>(
  dataSource: DataSource,
  entity: new () => T,
  args: PageArgs,
  conditions: (params: SqlParams) => string[],
): Promise<ConnectionValue<T>> {
  return connectionLoader(
    dataSource,
    () => nameSortedList(dataSource, entity, new SqlParams(), conditions),
    toPageRequest(args),
    (row) => hydrate(entity, [row])[0] as T,
  ).load(0);
}

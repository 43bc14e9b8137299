import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from '../../db/hydrate';
import { SqlParams } from '../../db/sql-params';
import { connectionLoader } from './connection-loader';
import type { ConnectionValue } from './connection-type';
import { toPageRequest, type PageArgs } from './page-args';

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
  const table = dataSource.getMetadata(entity).tableName;
  const list = () => {
    const params = new SqlParams();
    return {
      from: `${table} x`,
      scope: () => 'TRUE',
      select: selectColumns(dataSource, entity, 'x'),
      sort: [
        { sql: 'lower(x.name)', cast: 'text' as const },
        { sql: 'x.id', cast: 'integer' as const },
      ],
      direction: 'ASC' as const,
      conditions: conditions(params),
      params,
    };
  };
  return connectionLoader(
    dataSource,
    list,
    toPageRequest(args),
    (row) => hydrate(entity, [row])[0] as T,
  ).load(0);
}

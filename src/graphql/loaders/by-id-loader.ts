import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from '../../db/hydrate';

/** Given an entity class, returns a DataLoader from database id to that row (null when gone), one statement a batch. */
export function byIdLoader<T extends object>(
  dataSource: DataSource,
  entity: new () => T,
): DataLoader<number, T | null> {
  const metadata = dataSource.getMetadata(entity);
  return new DataLoader(async (ids) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${selectColumns(dataSource, entity, 't')} FROM ${metadata.tableName} t WHERE t.id = ANY($1::integer[])`,
      [ids],
    );
    const byId = new Map(hydrate(entity, rows).map((item) => [(item as { id: number }).id, item]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

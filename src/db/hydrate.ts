import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Given an entity and a table alias, returns the SELECT list that names each column by its property
 * (`q.start_offset AS "startOffset"`), so raw rows can be turned into entities with `hydrate`.
 * Columns declared `select: false` (the generated tsvectors) are never selected.
 */
export function selectColumns(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): string {
  return dataSource
    .getMetadata(entity)
    .columns.filter((column) => column.isSelect)
    .map((column) => `${alias}.${column.databaseName} AS "${column.propertyName}"`)
    .join(', ');
}

/** Given an entity class and raw rows selected with `selectColumns`, returns entity instances. */
export function hydrate<T extends object>(
  entity: new () => T,
  rows: readonly Record<string, unknown>[],
): T[] {
  return rows.map((row) => Object.assign(new entity(), row));
}

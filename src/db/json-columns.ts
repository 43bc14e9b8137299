import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Given an entity and a table alias, returns SQL building one JSON object of the row keyed by
 * property names, so a related row can ride along in its parent's statement.
 */
export function jsonObjectSql(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  leaveOut: readonly string[] = [],
): string {
  const pairs = dataSource
    .getMetadata(entity)
    .columns.filter((column) => column.isSelect && !leaveOut.includes(column.propertyName))
    .map((column) => `'${column.propertyName}', ${alias}.${column.databaseName}`);
  return `json_build_object(${pairs.join(', ')})`;
}

/**
 * Given an entity class and a JSON object built by `jsonObjectSql`, returns the entity, with
 * timestamps turned back into Dates (JSON carries them as text).
 */
export function hydrateJson<T extends object>(
  dataSource: DataSource,
  entity: new () => T,
  json: Record<string, unknown>,
): T {
  const instance = Object.assign(new entity(), json);
  for (const column of dataSource.getMetadata(entity).columns) {
    const value = json[column.propertyName];
    if (column.type === 'timestamptz' && typeof value === 'string') {
      (instance as Record<string, unknown>)[column.propertyName] = new Date(value);
    }
  }
  return instance;
}

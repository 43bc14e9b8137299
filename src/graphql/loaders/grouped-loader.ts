import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * Given SQL that selects `"parentKey"` plus the columns of `T` for parents `$1::integer[]`, returns a
 * DataLoader from parent key to its rows (in the statement's order): every parent's list in one statement.
 */
export function groupedLoader<T>(
  dataSource: DataSource,
  sql: string,
  toItem: (row: Record<string, unknown>) => T,
): DataLoader<number, T[]> {
  return new DataLoader(async (parentKeys) => {
    const rows: Record<string, unknown>[] = await dataSource.query(sql, [parentKeys]);
    const groups = new Map<number, T[]>(parentKeys.map((key) => [key, []]));
    for (const { parentKey, ...columns } of rows) groups.get(parentKey as number)?.push(toItem(columns));
    return parentKeys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Given SQL that selects `"parentKey"` and one `value` for parents `$1::integer[]`, and the value of a
 * parent with no row, returns a DataLoader from parent key to its value (a count, a text column).
 */
export function valueLoader<V>(dataSource: DataSource, sql: string, missing: V): DataLoader<number, V> {
  return new DataLoader(async (parentKeys) => {
    const rows: { parentKey: number; value: V }[] = await dataSource.query(sql, [parentKeys]);
    const values = new Map(rows.map((row) => [row.parentKey, row.value]));
    return parentKeys.map((key) => values.get(key) ?? missing);
  });
}

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

/** Given SQL that selects `"parentKey"` and an integer `count` for parents `$1::integer[]`, returns a counting DataLoader. */
export function countLoader(dataSource: DataSource, sql: string): DataLoader<number, number> {
  return new DataLoader(async (parentKeys) => {
    const rows: { parentKey: number; count: number }[] = await dataSource.query(sql, [parentKeys]);
    const counts = new Map(rows.map((row) => [row.parentKey, row.count]));
    return parentKeys.map((key) => counts.get(key) ?? 0);
  });
}

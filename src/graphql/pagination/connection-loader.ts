import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ConnectionValue } from './connection-type';
import { buildConnection } from './build-connection';
import { countKeysetLists, loadKeysetPages, type KeysetList } from './keyset-query';
import type { PageRequest } from './page-args';

/**
 * Given how to build a list's SQL (fresh parameters each call), returns a DataLoader from parent key
 * to that parent's page: every parent asked for in one tick is served by one statement, and
 * `totalCount`, when asked, by one more for all of them.
 */
export function connectionLoader<T extends object>(
  dataSource: DataSource,
  buildList: () => KeysetList,
  page: PageRequest,
  toNode: (row: Record<string, unknown>) => T,
): DataLoader<number, ConnectionValue<T>> {
  const counts = new DataLoader<number, number>(async (parentKeys) => {
    const totals = await countKeysetLists(dataSource, buildList(), parentKeys);
    return parentKeys.map((key) => totals.get(key) ?? 0);
  });
  return new DataLoader(async (parentKeys) => {
    const pages = await loadKeysetPages(dataSource, buildList(), parentKeys, page);
    return parentKeys.map((key) => {
      const entries = (pages.get(key) ?? []).map((row) => ({ node: toNode(row), cursor: row.page_cursor }));
      return buildConnection(entries, page, () => counts.load(key));
    });
  });
}

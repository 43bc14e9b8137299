import type { ConnectionValue } from './connection-type';
import type { PageRequest } from './page-args';

/** A node of a page and its cursor. */
export interface PageEntry<T> {
  node: T;
  cursor: string;
}

/**
 * Given up to `first + 1` entries in list order, the page request and a way to count the whole
 * list, returns the connection value. The extra entry only tells that a next page exists. The count
 * runs lazily, the first time `totalCount` is read, so pages that don't ask never pay for it.
 */
export function buildConnection<T>(
  entries: readonly PageEntry<T>[],
  page: PageRequest,
  countAll: () => Promise<number>,
): ConnectionValue<T> {
  const kept = entries.slice(0, page.first);
  const edges = kept.map((entry) => ({ cursor: entry.cursor, node: entry.node }));
  const nodes = kept.map((entry) => entry.node);
  let count: Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: entries.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      count ??= countAll();
      return count;
    },
  };
}

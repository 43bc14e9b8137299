import type { DataSource } from 'typeorm';
import { type SqlParams } from '../../db/sql-params';
import { base64UrlSql } from '../ids/base64url';
import { decodeCursor, type SortCast } from './cursor';
import type { PageRequest } from './page-args';

/** One expression of a sort key and how it travels through a cursor. */
export interface SortExpression {
  sql: string;
  /** The SQL type the cursor value is cast back to (timestamps travel as text, exact to the microsecond). */
  cast: SortCast;
}

/** A list that can be paged for many parents at once: `parent_key` names the parent in `scope`. */
export interface KeysetList {
  /** FROM clause, e.g. `quote_topics qt JOIN quotes q ON q.id = qt.quote_id`. */
  from: string;
  /** Given SQL for the parent's key, the condition tying a row to that parent; `TRUE` for a top-level list. */
  scope: (parentKey: string) => string;
  /** SELECT list of the row itself. */
  select: string;
  /** The sort key, most significant first; the last expression must be unique (the id). */
  sort: readonly SortExpression[];
  direction: 'ASC' | 'DESC';
  /** Filter conditions, already written against `params`. */
  conditions: readonly string[];
  params: SqlParams;
}

/**
 * Given a sort key's expressions, returns SQL for the cursor of the current row: its sort key as a
 * JSON array (timestamps as text, exact to the microsecond), base64url-encoded. Postgres writes
 * every cursor, on both query paths, so they are the same string (JavaScript and Postgres print
 * small floating-point ranks differently).
 */
export function cursorSql(sort: readonly SortExpression[]): string {
  const values = sort.map(
    (expression) => `to_json((${expression.sql})${expression.cast === 'timestamptz' ? '::text' : ''})::text`,
  );
  return base64UrlSql(`'[' || ${values.join(` || ',' || `)} || ']'`);
}

/** A row as loaded: the entity's columns plus its parent and its cursor. */
export type KeysetRow = Record<string, unknown> & { parentKey: number; pageCursor: string };

/** The WHERE and ORDER BY of one parent's page: scope, filters and the cursor's keyset condition. */
export interface KeysetClauses {
  where: string;
  orderBy: string;
}

/**
 * Given a list, SQL for the parent's key and a page request, returns the clauses that select the
 * page's rows in order, starting right after the cursor; throws BAD_USER_INPUT for a foreign cursor.
 */
export function keysetPageClauses(list: KeysetList, parentKey: string, page: PageRequest): KeysetClauses {
  const { params } = list;
  const conditions = [list.scope(parentKey), ...list.conditions];
  if (page.after !== null) {
    const after = decodeCursor(
      page.after,
      list.sort.map((expression) => expression.cast),
    );
    const left = list.sort.map((expression) => expression.sql).join(', ');
    const right = list.sort
      .map((expression, index) => `${params.add(after[index])}::${expression.cast}`)
      .join(', ');
    conditions.push(`(${left}) ${list.direction === 'ASC' ? '>' : '<'} (${right})`);
  }
  return {
    where: conditions.join(' AND '),
    orderBy: list.sort.map((expression) => `${expression.sql} ${list.direction}`).join(', '),
  };
}

/**
 * Given a list, the parents and a page request, returns up to `first + 1` rows per parent in one
 * statement: a LATERAL subquery per parent that walks the sort index from the cursor (keyset, never
 * OFFSET), so each page costs the same however deep into the list it is.
 */
export async function loadKeysetPages(
  dataSource: DataSource,
  list: KeysetList,
  parentKeys: readonly number[],
  page: PageRequest,
): Promise<Map<number, KeysetRow[]>> {
  const { params } = list;
  const parents = params.add(parentKeys);
  const { where, orderBy } = keysetPageClauses(list, 'p.parent_key', page);
  const sortSelect = list.sort.map((expression, index) => `${expression.sql} AS page_sort_${index}`);
  // Cursors are made after the LIMIT, for the page's rows only (a ranked search may match thousands).
  const sortKey = list.sort.map((expression, index) => ({
    sql: `limited.page_sort_${index}`,
    cast: expression.cast,
  }));
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT p.parent_key AS "parentKey", page.*
       FROM unnest(${parents}::integer[]) AS p(parent_key)
       CROSS JOIN LATERAL (
         SELECT limited.*, ${cursorSql(sortKey)} AS "pageCursor"
           FROM (SELECT ${list.select}, ${sortSelect.join(', ')}
                   FROM ${list.from}
                  WHERE ${where}
                  ORDER BY ${orderBy}
                  LIMIT ${page.first + 1}) limited
       ) AS page`,
    params.values,
  );
  const pages = new Map<number, KeysetRow[]>(parentKeys.map((key) => [key, []]));
  for (const row of rows) pages.get(row['parentKey'] as number)?.push(row as KeysetRow);
  return pages;
}

/** Given a list and parents, returns how many rows each parent's whole list holds, in one statement. */
export async function countKeysetLists(
  dataSource: DataSource,
  list: Pick<KeysetList, 'from' | 'scope' | 'conditions' | 'params'>,
  parentKeys: readonly number[],
): Promise<Map<number, number>> {
  const parents = list.params.add(parentKeys);
  const rows: { parentKey: number; count: number }[] = await dataSource.query(
    `SELECT p.parent_key AS "parentKey",
            (SELECT count(*)::integer FROM ${list.from} WHERE ${[list.scope('p.parent_key'), ...list.conditions].join(' AND ')}) AS count
       FROM unnest(${parents}::integer[]) AS p(parent_key)`,
    list.params.values,
  );
  return new Map(rows.map((row) => [row.parentKey, row.count]));
}

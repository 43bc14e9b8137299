import type { DataSource } from 'typeorm';
import { type SqlParams } from '../../db/sql-params';
import { base64UrlSql } from '../ids/base64url';
import { decodeCursor, type SortKey } from './cursor';
import type { PageRequest } from './page-args';

/** One expression of a sort key and how it travels through a cursor. */
export interface SortExpression {
  sql: string;
  /** The SQL type the cursor value is cast back to (timestamps travel as text, exact to the microsecond). */
  cast: 'integer' | 'real' | 'timestamptz' | 'text';
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

const isTextual = (expression: SortExpression): boolean =>
  expression.cast === 'timestamptz' || expression.cast === 'text';

/**
 * Given a sort key's expressions, returns SQL for the cursor of the current row: the same string
 * `encodeCursor` makes from the sort key as `loadKeysetPages` reads it (timestamps as text).
 */
export function cursorSql(sort: readonly SortExpression[]): string {
  const values = sort.map(
    (expression) => `to_json((${expression.sql})${expression.cast === 'timestamptz' ? '::text' : ''})::text`,
  );
  return base64UrlSql(`'[' || ${values.join(` || ',' || `)} || ']'`);
}

/** A row as loaded: the entity's columns plus its parent and its sort key. */
export type KeysetRow = Record<string, unknown> & { parentKey: number; sortKey: SortKey };

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
      list.sort.map((expression) => (isTextual(expression) ? 'string' : 'number')),
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
  const sortSelect = list.sort
    .map(
      (expression, index) =>
        `(${expression.sql})${expression.cast === 'timestamptz' ? '::text' : ''} AS "sortKey${index}"`,
    )
    .join(', ');
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT p.parent_key AS "parentKey", page.*
       FROM unnest(${parents}::integer[]) AS p(parent_key)
       CROSS JOIN LATERAL (
         SELECT ${list.select}, ${sortSelect}
           FROM ${list.from}
          WHERE ${where}
          ORDER BY ${orderBy}
          LIMIT ${page.first + 1}
       ) AS page`,
    params.values,
  );
  const pages = new Map<number, KeysetRow[]>(parentKeys.map((key) => [key, []]));
  const sortColumns = list.sort.map((_, index) => `sortKey${index}`);
  for (const row of rows) {
    // The sort columns stay on the row (no delete: it would turn every row into a slow dictionary object).
    const sortKey = sortColumns.map((column) => row[column] as number | string);
    pages
      .get(row['parentKey'] as number)
      ?.push(Object.assign(row, { parentKey: row['parentKey'] as number, sortKey }));
  }
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

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
  /**
   * Names the order in each cursor (upper-case letters and `_`), for a list with several orders of
   * one key shape: a cursor of another order is refused instead of read as a place in this one.
   */
  cursorTag?: string;
  /** Filter conditions, already written against `params`. */
  conditions: readonly string[];
  params: SqlParams;
}

const CURSOR_TAG = /^[A-Z_]+$/;

/**
 * Given a sort key's expressions and the list's cursor tag, returns SQL for the cursor of the
 * current row: the tag (when the list has one) and its sort key as a JSON array (timestamps as text,
 * exact to the microsecond), base64url-encoded. Postgres writes every cursor, on both query paths,
 * so they are the same string (JavaScript and Postgres print small floating-point ranks differently).
 */
export function cursorSql(sort: readonly SortExpression[], tag: string | null = null): string {
  if (tag !== null && !CURSOR_TAG.test(tag)) throw new Error(`cursor tag ${tag} is not A-Z and _`);
  const values = sort.map(
    (expression) => `to_json((${expression.sql})${expression.cast === 'timestamptz' ? '::text' : ''})::text`,
  );
  return base64UrlSql(`'[${tag === null ? '' : `"${tag}",`}' || ${values.join(` || ',' || `)} || ']'`);
}

/** A row as loaded: the entity's columns plus its parent and its cursor. */
export type KeysetRow = Record<string, unknown> & { parentKey: number; page_cursor: string };

/** What a page statement selects besides the sort key (`page_sort_N`), and what it adds after the LIMIT. */
export interface PageShape {
  /** The row's own columns, over the aliases of `list.from`. */
  columns: readonly string[];
  /** One row more than `first`, which only tells that a next page exists. */
  extraRow: boolean;
  /** Each row's cursor, as `page_cursor` (else NULL). */
  cursors: boolean;
  /** Each row's 1-based place in the page, as `page_ordinal` (else NULL). */
  ordinals: boolean;
}

/**
 * Given a list, SQL for the parent's key, a page request and what to select, returns the statement
 * of one parent's page: it walks the sort index from the cursor (keyset, never OFFSET), so a page
 * costs the same however deep into the list it is; cursors and ordinals are made after the LIMIT,
 * for the page's rows only (a ranked search may match thousands). Throws BAD_USER_INPUT for a
 * cursor this list did not hand out.
 */
export function keysetPageSql(
  list: KeysetList,
  parentKey: string,
  page: PageRequest,
  shape: PageShape,
): string {
  const { params } = list;
  const conditions = [list.scope(parentKey), ...list.conditions];
  if (page.after !== null) {
    const after = decodeCursor(
      page.after,
      list.sort.map((expression) => expression.cast),
      list.cursorTag ?? null,
    );
    const left = list.sort.map((expression) => expression.sql).join(', ');
    const right = list.sort
      .map((expression, index) => `${params.add(after[index])}::${expression.cast}`)
      .join(', ');
    conditions.push(`(${left}) ${list.direction === 'ASC' ? '>' : '<'} (${right})`);
  }
  const orderBy = (sort: readonly { sql: string }[]) =>
    sort.map((expression) => `${expression.sql} ${list.direction}`).join(', ');
  const sortSelect = list.sort.map((expression, index) => `${expression.sql} AS page_sort_${index}`);
  const limited = `SELECT ${[...shape.columns, ...sortSelect].join(', ')}
                     FROM ${list.from} WHERE ${conditions.join(' AND ')}
                    ORDER BY ${orderBy(list.sort)} LIMIT ${page.first + (shape.extraRow ? 1 : 0)}`;
  if (!shape.cursors && !shape.ordinals) return limited;
  const sortKey = list.sort.map((expression, index) => ({
    sql: `limited.page_sort_${index}`,
    cast: expression.cast,
  }));
  return `SELECT limited.*,
                 ${shape.cursors ? cursorSql(sortKey, list.cursorTag ?? null) : 'NULL'} AS page_cursor,
                 ${shape.ordinals ? `row_number() OVER (ORDER BY ${orderBy(sortKey)})` : 'NULL'} AS page_ordinal
            FROM (${limited}) limited`;
}

/** Given a list and SQL for the parent's key, returns SQL for how many rows that parent's whole list holds. */
export function keysetCountSql(
  list: Pick<KeysetList, 'from' | 'scope' | 'conditions'>,
  parentKey: string,
): string {
  return `(SELECT count(*)::integer FROM ${list.from} WHERE ${[list.scope(parentKey), ...list.conditions].join(' AND ')})`;
}

/**
 * Given a list, the parents and a page request, returns up to `first + 1` rows per parent, each
 * with its cursor, in one statement: the page statement LATERAL to each parent.
 */
export async function loadKeysetPages(
  dataSource: DataSource,
  list: KeysetList,
  parentKeys: readonly number[],
  page: PageRequest,
): Promise<Map<number, KeysetRow[]>> {
  const parents = list.params.add(parentKeys);
  const shape = { columns: [list.select], extraRow: true, cursors: true, ordinals: false };
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT p.parent_key AS "parentKey", page.*
       FROM unnest(${parents}::integer[]) AS p(parent_key)
       CROSS JOIN LATERAL (${keysetPageSql(list, 'p.parent_key', page, shape)}) AS page`,
    list.params.values,
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
    `SELECT p.parent_key AS "parentKey", ${keysetCountSql(list, 'p.parent_key')} AS count
       FROM unnest(${parents}::integer[]) AS p(parent_key)`,
    list.params.values,
  );
  return new Map(rows.map((row) => [row.parentKey, row.count]));
}

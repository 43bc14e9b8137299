import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType } from 'graphql';
import type { PageRequest } from '../pagination/page-args';
import { collectFields } from '../lookahead/collect-fields';
import { NotCompilable, type CompileContext } from './compile-context';
import { jsonObject, objectJson } from './object-json';

/** Given an object type and one of its fields, returns that field's object type. */
export function fieldType(type: GraphQLObjectType, name: string): GraphQLObjectType {
  const named = getNamedType(type.getFields()[name]?.type);
  if (!named || !isObjectType(named)) throw new NotCompilable(`${type.name}.${name}`);
  return named;
}

/** The page's rows in list order, and how to reach their order, cursors and the page proper. */
export interface PageRows {
  alias: string;
  page: PageRequest;
  /** ORDER BY over the rows' sort key, in list order or reversed. */
  order(reversed: boolean): string;
  /** FILTER keeping the page proper when an extra row was fetched to tell `hasNextPage`; else empty. */
  kept: string;
  /** Returns SQL for the row's cursor, noting that the page must compute cursors. */
  cursor(): string;
}

/** Given the `pageInfo` field nodes of a page, returns SQL for its JSON, aggregated over the page's rows. */
export function pageInfoJson(
  context: CompileContext,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  rows: PageRows,
): string {
  const { page, kept } = rows;
  const cursor = (reversed: boolean) =>
    `(array_agg(${rows.cursor()} ORDER BY ${rows.order(reversed)}) ${kept})[1]`;
  // Functions, so a cursor is only computed when one is selected.
  const values: Record<string, () => string> = {
    __typename: () => `'${type.name}'::text`,
    hasNextPage: () => `count(*) > ${page.first}`,
    hasPreviousPage: () => String(page.after !== null),
    startCursor: () => cursor(false),
    endCursor: () => cursor(true),
  };
  const pairs = [...collectFields(context, type, nodes)].map(([key, [first]]) => {
    const value = values[first?.name.value ?? ''];
    if (value === undefined) throw new NotCompilable(`PageInfo.${first?.name.value}`);
    return `'${key}', ${value()}`;
  });
  return jsonObject(type.name, pairs);
}

/** Given the `edges` field nodes of a page, returns SQL for one edge's JSON over the current row. */
export function edgesJson(
  context: CompileContext,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  rows: PageRows,
): string {
  const pairs = [...collectFields(context, type, nodes)].map(([key, fieldNodes]) => {
    const name = fieldNodes[0]?.name.value;
    if (name === '__typename') return `'${key}', '${type.name}'::text`;
    if (name === 'cursor') return `'${key}', ${rows.cursor()}`;
    if (name === 'node') {
      return `'${key}', ${objectJson(context, fieldType(type, 'node'), rows.alias, fieldNodes)}`;
    }
    throw new NotCompilable(`${type.name}.${name}`);
  });
  return jsonObject(type.name, pairs);
}

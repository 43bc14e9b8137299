import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType } from 'graphql';
import { cursorSql, keysetPageClauses, type KeysetList } from '../pagination/keyset-query';
import { toPageRequest, type PageArgs, type PageRequest } from '../pagination/page-args';
import { collectFields } from './collect-fields';
import { NotCompilable, type CompileContext, type CompiledField } from './compile-context';
import { objectJson, type EntityClass } from './object-json';
import { objectTypeOf } from './relation-json';

/** What a connection field pages: the keyset list, and the alias and entity of its rows in `list.from`. */
export interface ConnectionSource {
  list: KeysetList;
  rowAlias: string;
  entity: EntityClass;
}

function fieldType(type: GraphQLObjectType, name: string): GraphQLObjectType {
  const named = getNamedType(type.getFields()[name]?.type);
  if (!named || !isObjectType(named)) throw new NotCompilable(`${type.name}.${name}`);
  return named;
}

/** The page's rows in list order, and how to reach their order, cursors and the page proper. */
interface PageRows {
  alias: string;
  page: PageRequest;
  /** ORDER BY over the rows' sort key, in list order or reversed. */
  order(reversed: boolean): string;
  /** FILTER keeping the page proper when an extra row was fetched to tell `hasNextPage`; else empty. */
  kept: string;
  /** Returns SQL for the row's cursor, noting that the page must compute cursors. */
  cursor(): string;
}

function pageInfoJson(
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
  return `json_build_object(${pairs.join(', ')})`;
}

function edgesJson(
  context: CompileContext,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  rows: PageRows,
  entity: EntityClass,
): string {
  const pairs = [...collectFields(context, type, nodes)].map(([key, fieldNodes]) => {
    const name = fieldNodes[0]?.name.value;
    if (name === '__typename') return `'${key}', '${type.name}'::text`;
    if (name === 'cursor') return `'${key}', ${rows.cursor()}`;
    if (name === 'node') {
      return `'${key}', ${objectJson(context, fieldType(type, 'node'), rows.alias, fieldNodes, entity)}`;
    }
    throw new NotCompilable(`${type.name}.${name}`);
  });
  return `json_build_object(${pairs.join(', ')})`;
}

/** Given a connection's fields, whether `pageInfo { hasNextPage }` is among them. */
function asksForNextPage(
  context: CompileContext,
  type: GraphQLObjectType,
  fields: Map<string, FieldNode[]>,
): boolean {
  const pageInfoNodes = [...fields.values()].flat().filter((node) => node.name.value === 'pageInfo');
  if (pageInfoNodes.length === 0) return false;
  const pageInfoFields = collectFields(context, fieldType(type, 'pageInfo'), pageInfoNodes);
  return [...pageInfoFields.values()].some(([node]) => node?.name.value === 'hasNextPage');
}

/**
 * Given a connection field, what it pages and SQL for the parent's key, returns SQL for the
 * connection's JSON: one keyset page from the cursor, its edges, nodes and page info, and
 * `totalCount` only when selected. Only what the query selects is computed: the page fetches the
 * columns its nodes read; one extra row (and row numbers to leave it out) only for `hasNextPage`;
 * cursors only when asked, after the LIMIT (a ranked search may match thousands). `GROUP BY ()`
 * makes it one row even when only `totalCount` is asked or the page is empty.
 */
export function connectionJson(field: CompiledField, source: ConnectionSource, parentKey: string): string {
  const { context } = field;
  const { list, rowAlias, entity } = source;
  const page = toPageRequest(field.args as PageArgs);
  const { where, orderBy } = keysetPageClauses(list, parentKey, page);
  const type = objectTypeOf(field);
  const fields = collectFields(context, type, field.nodes);
  const extraRow = asksForNextPage(context, type, fields);
  const alias = context.alias();
  const reverse = list.direction === 'ASC' ? 'DESC' : 'ASC';
  let cursorsUsed = false;
  const rows: PageRows = {
    alias,
    page,
    order: (reversed) =>
      list.sort
        .map((_, index) => `${alias}.page_sort_${index} ${reversed ? reverse : list.direction}`)
        .join(', '),
    kept: extraRow ? `FILTER (WHERE ${alias}.page_ordinal <= ${page.first})` : '',
    cursor: () => {
      cursorsUsed = true;
      return `${alias}.page_cursor`;
    },
  };
  const aggregate = (item: string) =>
    `coalesce(json_agg(${item} ORDER BY ${rows.order(false)}) ${rows.kept}, '[]'::json)`;
  const pairs = [...fields].map(([key, nodes]) => {
    switch (nodes[0]?.name.value) {
      case '__typename':
        return `'${key}', '${type.name}'::text`;
      case 'nodes':
        return `'${key}', ${aggregate(objectJson(context, fieldType(type, 'nodes'), alias, nodes, entity))}`;
      case 'edges':
        return `'${key}', ${aggregate(edgesJson(context, fieldType(type, 'edges'), nodes, rows, entity))}`;
      case 'pageInfo':
        return `'${key}', ${pageInfoJson(context, fieldType(type, 'pageInfo'), nodes, rows)}`;
      case 'totalCount':
        return `'${key}', (SELECT count(*)::integer FROM ${list.from}
                            WHERE ${[list.scope(parentKey), ...list.conditions].join(' AND ')})`;
      default:
        throw new NotCompilable(`${type.name}.${nodes[0]?.name.value}`);
    }
  });
  const object = `json_build_object(${pairs.join(', ')})`;
  // Aliases are unique to this statement, so `t7.name` in the SQL built above is a column the nodes read.
  const read = new Set(
    [...object.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))].map((match) => match[1]),
  );
  const columns = context.dataSource
    .getMetadata(entity)
    .columns.filter((column) => read.has(column.databaseName))
    .map((column) => `${rowAlias}.${column.databaseName}`);
  const sortColumns = list.sort.map((expression, index) => `${expression.sql} AS page_sort_${index}`);
  const limited = `SELECT ${[...columns, ...sortColumns].join(', ')}
                     FROM ${list.from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${page.first + (extraRow ? 1 : 0)}`;
  let pageRows = limited;
  if (extraRow || cursorsUsed) {
    const inner = context.alias();
    const sortKey = list.sort.map((expression, index) => ({
      sql: `${inner}.page_sort_${index}`,
      cast: expression.cast,
    }));
    const innerOrder = sortKey.map((key) => `${key.sql} ${list.direction}`).join(', ');
    pageRows = `SELECT ${inner}.*,
                       ${cursorsUsed ? cursorSql(sortKey) : 'NULL'} AS page_cursor,
                       ${extraRow ? `row_number() OVER (ORDER BY ${innerOrder})` : 'NULL'} AS page_ordinal
                  FROM (${limited}) ${inner}`;
  }
  return `(SELECT ${object} FROM (${pageRows}) ${alias} GROUP BY ())`;
}

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

/** The page's rows, already cut to `first + 1` in list order, each with its cursor and ordinal. */
interface PageRows {
  alias: string;
  page: PageRequest;
  /** True for the rows of the page proper (the extra row only tells that a next page exists). */
  kept: string;
}

function pageInfoJson(
  context: CompileContext,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  rows: PageRows,
): string {
  const { alias, page, kept } = rows;
  const cursors = (direction: string) =>
    `(array_agg(${alias}.page_cursor ORDER BY ${alias}.page_ordinal ${direction}) FILTER (WHERE ${kept}))[1]`;
  const values: Record<string, string> = {
    __typename: `'${type.name}'::text`,
    hasNextPage: `count(*) > ${page.first}`,
    hasPreviousPage: String(page.after !== null),
    startCursor: cursors('ASC'),
    endCursor: cursors('DESC'),
  };
  const pairs = [...collectFields(context, type, nodes)].map(([key, [first]]) => {
    const value = values[first?.name.value ?? ''];
    if (value === undefined) throw new NotCompilable(`PageInfo.${first?.name.value}`);
    return `'${key}', ${value}`;
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
    if (name === 'cursor') return `'${key}', ${rows.alias}.page_cursor`;
    if (name === 'node') {
      return `'${key}', ${objectJson(context, fieldType(type, 'node'), rows.alias, fieldNodes, entity)}`;
    }
    throw new NotCompilable(`${type.name}.${name}`);
  });
  return `json_build_object(${pairs.join(', ')})`;
}

/**
 * Given a connection field, what it pages and SQL for the parent's key, returns SQL for the
 * connection's JSON: one keyset page (`first + 1` rows from the cursor, the extra one telling
 * `hasNextPage`), its edges, nodes and page info, and `totalCount` only when selected. `GROUP BY ()`
 * makes it one row even when only `totalCount` is asked (no aggregate) or the page is empty.
 */
export function connectionJson(field: CompiledField, source: ConnectionSource, parentKey: string): string {
  const { context } = field;
  const { list, rowAlias, entity } = source;
  const page = toPageRequest(field.args as PageArgs);
  const { where, orderBy } = keysetPageClauses(list, parentKey, page);
  const columns = context.dataSource
    .getMetadata(entity)
    .columns.map((column) => `${rowAlias}.${column.databaseName}`);
  // The sort key travels up as page_sort_N so the cursor and ordinal are computed for the page's
  // rows only, after the LIMIT (a ranked search may match thousands).
  const limited = context.alias();
  const sortColumns = list.sort.map((expression, index) => ({
    select: `${expression.sql} AS page_sort_${index}`,
    outer: { sql: `${limited}.page_sort_${index}`, cast: expression.cast },
  }));
  const outerOrder = sortColumns.map(({ outer }) => `${outer.sql} ${list.direction}`).join(', ');
  const alias = context.alias();
  const rows: PageRows = { alias, page, kept: `${alias}.page_ordinal <= ${page.first}` };
  const aggregate = (item: string) =>
    `coalesce(json_agg(${item} ORDER BY ${alias}.page_ordinal) FILTER (WHERE ${rows.kept}), '[]'::json)`;
  const type = objectTypeOf(field);
  const pairs = [...collectFields(context, type, field.nodes)].map(([key, nodes]) => {
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
  return `(SELECT json_build_object(${pairs.join(', ')})
             FROM (SELECT ${limited}.*, ${cursorSql(sortColumns.map(({ outer }) => outer))} AS page_cursor,
                          row_number() OVER (ORDER BY ${outerOrder}) AS page_ordinal
                     FROM (SELECT ${[...columns, ...sortColumns.map(({ select }) => select)].join(', ')}
                             FROM ${list.from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${page.first + 1}) ${limited}
                  ) ${alias}
            GROUP BY ())`;
}

import type { FieldNode, GraphQLObjectType } from 'graphql';
import { keysetCountSql, keysetPageSql, type KeysetList } from '../pagination/keyset-query';
import { toPageRequest, type PageArgs } from '../pagination/page-args';
import { collectFields } from '../lookahead/collect-fields';
import { NotCompilable, type CompileContext, type CompiledField } from './compile-context';
import type { EntityClass } from '../relations';
import { jsonObject, objectJson } from './object-json';
import { edgesJson, fieldType, pageInfoJson, type PageRows } from './page-parts';
import { objectTypeOf } from './relation-json';

/** What a connection field pages: the keyset list, and the alias and entity of its rows in `list.from`. */
export interface ConnectionSource {
  list: KeysetList;
  rowAlias: string;
  entity: EntityClass;
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
 * cursors only when asked, after the LIMIT (a ranked search may match thousands); no page at all
 * when only `totalCount` or `hasPreviousPage` is asked. `GROUP BY ()` makes it one row even when
 * the page is empty.
 */
export function connectionJson(field: CompiledField, source: ConnectionSource, parentKey: string): string {
  const { context } = field;
  const { list, rowAlias, entity } = source;
  const page = toPageRequest(field.args as PageArgs);
  const type = objectTypeOf(field);
  const fields = collectFields(context, type, field.nodes);
  const extraRow = asksForNextPage(context, type, fields);
  const alias = context.alias();
  const reverse = list.direction === 'ASC' ? 'DESC' : 'ASC';
  let cursorsUsed = false;
  let rowsUsed = extraRow;
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
      rowsUsed = true;
      return `${alias}.page_cursor`;
    },
  };
  const aggregate = (item: string) => {
    rowsUsed = true;
    return `coalesce(json_agg(${item} ORDER BY ${rows.order(false)}) ${rows.kept}, '[]'::json)`;
  };
  const pairs = [...fields].map(([key, nodes]) => {
    switch (nodes[0]?.name.value) {
      case '__typename':
        return `'${key}', '${type.name}'::text`;
      // An empty page (`first: 0`) needs no SQL for what its nodes would have held.
      case 'nodes':
        if (page.first === 0) return `'${key}', '[]'::json`;
        return `'${key}', ${aggregate(objectJson(context, fieldType(type, 'nodes'), alias, nodes))}`;
      case 'edges':
        if (page.first === 0) return `'${key}', '[]'::json`;
        return `'${key}', ${aggregate(edgesJson(context, fieldType(type, 'edges'), nodes, rows))}`;
      case 'pageInfo':
        return `'${key}', ${pageInfoJson(context, fieldType(type, 'pageInfo'), nodes, rows)}`;
      case 'totalCount':
        return `'${key}', ${keysetCountSql(list, parentKey)}`;
      default:
        throw new NotCompilable(`${type.name}.${nodes[0]?.name.value}`);
    }
  });
  const object = jsonObject(type.name, pairs);
  // Aliases are unique to this statement, so `t7.name` in the SQL built above is a column the nodes read.
  const read = new Set(
    [...object.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))].map((match) => match[1]),
  );
  const columns = context.dataSource
    .getMetadata(entity)
    .columns.filter((column) => read.has(column.databaseName))
    .map((column) => `${rowAlias}.${column.databaseName}`);
  // Built even when no row is read, so a foreign cursor is refused as the resolvers refuse it.
  const pageRows = keysetPageSql(list, parentKey, page, {
    columns,
    extraRow,
    cursors: cursorsUsed,
    ordinals: extraRow,
  });
  // The list's placeholders (its filter's values, the cursor) were numbered into the statement's
  // parameters: unless the count reads the filter's, the page must stand in the statement even when
  // no row is read, or Postgres refuses the parameters it was sent (a bare `{ __typename }`).
  const counted = [...fields.values()].some(([node]) => node?.name.value === 'totalCount');
  const placeholders = page.after !== null || (!counted && list.conditions.some((sql) => /\$\d/.test(sql)));
  if (!rowsUsed && !placeholders) return `(SELECT ${object})`;
  return `(SELECT ${object} FROM (${pageRows}) ${alias} GROUP BY ())`;
}

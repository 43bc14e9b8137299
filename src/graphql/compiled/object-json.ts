import {
  getArgumentValues,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type SelectionSetNode,
} from 'graphql';
import { collectFields } from '../lookahead/collect-fields';
import type { EntityClass } from '../relations';
import { NotCompilable, type CompileContext, type CompiledField } from './compile-context';

// json_build_object takes at most 100 arguments: 50 keys and their values.
const MAX_KEYS = 50;

/** Given an object's name and its `'key', value` pairs, returns SQL building it as one JSON object. */
export function jsonObject(typeName: string, pairs: readonly string[]): string {
  if (pairs.length > MAX_KEYS) throw new NotCompilable(`more than ${MAX_KEYS} fields on ${typeName}`);
  return `json_build_object(${pairs.join(', ')})`;
}

/** Given a timestamptz column, SQL for its DateTime value as graphql-scalars serializes a Date. */
export const dateTimeSql = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Scalars whose JSON value is the column's own (lists of them too). */
const PLAIN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean']);

function unwrapList(type: GraphQLOutputType): GraphQLOutputType {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? inner.ofType : inner;
}

/**
 * Given a field that is no relation, returns SQL for it when it is a column of the row's
 * entity (same property name) of a scalar or enum type; NotCompilable otherwise.
 */
export function columnSql(field: CompiledField, entity: EntityClass): string {
  const { definition, context, row } = field;
  const column = context.dataSource.getMetadata(entity).findColumnWithPropertyName(definition.name);
  if (!column) throw new NotCompilable(`field ${definition.name}`);
  const named = getNamedType(definition.type);
  const sql = `${row}.${column.databaseName}`;
  if (named.name === 'DateTime' && unwrapList(definition.type) === named) return dateTimeSql(sql);
  if (PLAIN_SCALARS.has(named.name)) return sql;
  // Enums are stored under their GraphQL names, so the text is already the serialized value.
  if (isEnumType(named) && named.getValues().every((value) => value.value === value.name)) return sql;
  throw new NotCompilable(`field ${definition.name} of type ${named.name}`);
}

/**
 * Given an object type, the alias of its row and the field nodes selecting it, returns SQL building
 * the JSON object graphql-js would answer: keys in response order, each field as its relation or
 * column reads it (see field-json.ts).
 */
export function objectJson(
  context: CompileContext,
  type: GraphQLObjectType,
  row: string,
  selections: readonly FieldNode[] | SelectionSetNode,
): string {
  const pairs: string[] = [];
  for (const [key, nodes] of collectFields(context, type, selections)) {
    const [first] = nodes as [FieldNode, ...FieldNode[]];
    const name = first.name.value;
    if (name === '__typename') {
      pairs.push(`'${key}', '${type.name}'::text`);
      continue;
    }
    const definition = type.getFields()[name];
    if (!definition) throw new NotCompilable(`field ${type.name}.${name}`);
    const field: CompiledField = {
      context,
      row,
      parentType: type,
      definition,
      nodes,
      args: getArgumentValues(definition, first, context.variables as Record<string, unknown>),
    };
    pairs.push(`'${key}', ${context.fieldJson(field)}`);
  }
  return jsonObject(type.name, pairs);
}

import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType } from 'graphql';
import { collectFields } from '../lookahead/collect-fields';
import type { CountRelation, EntityClass, ListRelation, RankedRelation, ValueRows } from '../relations';
import { NotCompilable, type CompiledField } from './compile-context';
import { dateTimeSql, jsonObject, objectJson } from './object-json';

/** Given a field, returns the object type its values have. */
export function objectTypeOf(field: CompiledField): GraphQLObjectType {
  const type = getNamedType(field.definition.type);
  if (!isObjectType(type)) throw new NotCompilable(`field ${field.definition.name} of abstract type`);
  return type;
}

/**
 * Given a field whose value is one row of `entity` (or null), and the condition that finds it over
 * the row's alias, returns SQL for the row's JSON object, null when there is none.
 */
export function oneRowJson(
  field: CompiledField,
  entity: EntityClass,
  where: (alias: string) => string,
  type: GraphQLObjectType = objectTypeOf(field),
): string {
  const { context } = field;
  const alias = context.alias();
  const table = context.dataSource.getMetadata(entity).tableName;
  return `(SELECT ${objectJson(context, type, alias, field.nodes)}
             FROM ${table} ${alias} WHERE ${where(alias)})`;
}

/** Given a field listing the rows `relation` relates to the parent key, returns SQL for the JSON array, in its order. */
export function listJson(field: CompiledField, relation: ListRelation, parentKey: string): string {
  const { context } = field;
  const [alias, pair] = [context.alias(), context.alias()];
  const table = context.dataSource.getMetadata(relation.target).tableName;
  const item = objectJson(context, objectTypeOf(field), alias, field.nodes);
  return `coalesce((SELECT json_agg(${item} ORDER BY ${relation.orderBy(alias, pair)})
                      FROM (${relation.pairs(`= ${parentKey}`)}) ${pair} JOIN ${table} ${alias} ON ${alias}.id = ${pair}.id),
                   '[]'::json)`;
}

/** Given a count and SQL for the parent key, returns SQL for how many rows it finds. */
export const countSql = (count: CountRelation, parentKey: string): string =>
  `(SELECT count(*)::integer FROM ${count.table} WHERE ${count.column} = ${parentKey})`;

/**
 * Given a field of a ranked relation and the condition the parent key meets, returns SQL for its
 * JSON array of wrapper objects (`{ quoteCount, topic { … } }`), most quotes first, ties by id,
 * cut to the field's `first`.
 */
export function rankedJson(field: CompiledField, relation: RankedRelation, parentIs: string): string {
  const { context } = field;
  const wrapper = objectTypeOf(field);
  const [counted, alias] = [context.alias(), context.alias()];
  const pairs: string[] = [];
  for (const [key, nodes] of collectFields(context, wrapper, field.nodes)) {
    const name = (nodes[0] as FieldNode).name.value;
    if (name === '__typename') pairs.push(`'${key}', '${wrapper.name}'::text`);
    else if (name === 'quoteCount') pairs.push(`'${key}', ${counted}."quoteCount"`);
    else if (name === relation.rowField) {
      const rowType = getNamedType(wrapper.getFields()[name]?.type);
      if (!isObjectType(rowType)) throw new NotCompilable(`${wrapper.name}.${name}`);
      pairs.push(`'${key}', ${objectJson(context, rowType, alias, nodes)}`);
    } else throw new NotCompilable(`${wrapper.name}.${name}`);
  }
  const table = context.dataSource.getMetadata(relation.target).tableName;
  const args = field.args as Record<string, unknown>;
  const top = `SELECT * FROM (${relation.counts(args, context.params, parentIs)}) c
                ORDER BY c."quoteCount" DESC, c.id LIMIT ${relation.limit(args)}`;
  return `coalesce((SELECT json_agg(${jsonObject(wrapper.name, pairs)} ORDER BY ${counted}."quoteCount" DESC, ${counted}.id)
                      FROM (${top}) ${counted} JOIN ${table} ${alias} ON ${alias}.id = ${counted}.id),
                   '[]'::json)`;
}

/** Given a root field of plain rows, returns SQL for its JSON array, each object built from the selected columns. */
export function valueRowsJson(field: CompiledField, root: ValueRows): string {
  const { context } = field;
  const type = objectTypeOf(field);
  const alias = context.alias();
  const pairs: string[] = [];
  for (const [key, nodes] of collectFields(context, type, field.nodes)) {
    const name = (nodes[0] as FieldNode).name.value;
    const columnType = root.columnTypes[name];
    if (name === '__typename') pairs.push(`'${key}', '${type.name}'::text`);
    else if (columnType === 'timestamptz') pairs.push(`'${key}', ${dateTimeSql(`${alias}."${name}"`)}`);
    else if (columnType === 'plain') pairs.push(`'${key}', ${alias}."${name}"`);
    else throw new NotCompilable(`${type.name}.${name}`);
  }
  const rows = root.rows(field.args as Record<string, unknown>, context.params);
  return `coalesce((SELECT json_agg(${jsonObject(type.name, pairs)} ORDER BY ${alias}."${root.orderBy}")
                      FROM (${rows}) ${alias}),
                   '[]'::json)`;
}

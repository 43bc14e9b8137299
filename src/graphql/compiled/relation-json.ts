import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { CountRelation, EntityClass, ListRelation } from '../relations';
import { NotCompilable, type CompiledField } from './compile-context';
import { objectJson } from './object-json';

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

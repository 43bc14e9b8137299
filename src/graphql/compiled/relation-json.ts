import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { CountLink, Link } from '../loaders/links';
import { NotCompilable, type CompiledField } from './compile-context';
import { objectJson, type EntityClass } from './object-json';

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
): string {
  const { context } = field;
  const alias = context.alias();
  const table = context.dataSource.getMetadata(entity).tableName;
  return `(SELECT ${objectJson(context, objectTypeOf(field), alias, field.nodes, entity)}
             FROM ${table} ${alias} WHERE ${where(alias)})`;
}

/** Given a field listing the rows `link` relates to the parent key, returns SQL for the JSON array, in the link's order. */
export function linkJson<T extends object>(field: CompiledField, link: Link<T>, parentKey: string): string {
  const { context } = field;
  const [alias, pair] = [context.alias(), context.alias()];
  const table = context.dataSource.getMetadata(link.entity).tableName;
  const item = objectJson(context, objectTypeOf(field), alias, field.nodes, link.entity);
  return `coalesce((SELECT json_agg(${item} ORDER BY ${link.orderBy(alias, pair)})
                      FROM (${link.pairs(`= ${parentKey}`)}) ${pair} JOIN ${table} ${alias} ON ${alias}.id = ${pair}.id),
                   '[]'::json)`;
}

/** Given a count and SQL for the parent key, returns SQL for how many rows it finds. */
export const countSql = (count: CountLink, parentKey: string): string =>
  `(SELECT count(*)::integer FROM ${count.table} WHERE ${count.column} = ${parentKey})`;

import { isObjectType } from 'graphql';
import { UserInputError } from '../errors/coded-errors';
import { globalIdSql, parseGlobalId, type NodeTypeName } from '../ids/global-id';
import type { PageArgs } from '../pagination/page-args';
import { lookupTarget } from '../relations/lookup-target';
import type { PageRelation, Relation, RootField, TypeDescription } from '../relations';
import { NotCompilable, type CompiledField } from './compile-context';
import { connectionJson } from './connection-json';
import { columnSql, objectJson } from './object-json';
import { countSql, listJson, objectTypeOf, oneRowJson, rankedJson, valueRowsJson } from './relation-json';

// Root fields have no parent row: a root list is scoped to nothing.
const NO_PARENT = 'NULL';

/** A page of `relation` for the field's arguments, under the parent key. */
function pageJson(field: CompiledField, relation: PageRelation, parentKey: string): string {
  const { context } = field;
  const args = field.args as PageArgs;
  if (relation.plansPerValues(args)) context.planPerValues();
  const list = relation.list(context.dataSource, args, context.params);
  return connectionJson(field, { list, rowAlias: relation.rowAlias, entity: relation.target }, parentKey);
}

/** Given a field of a described type and its relation, returns SQL for its JSON over the parent row. */
function relationJson(field: CompiledField, parent: TypeDescription, relation: Relation): string {
  const { context, row } = field;
  const ownKey = `${row}.id`;
  switch (relation.kind) {
    case 'one': {
      const column = context.dataSource
        .getMetadata(parent.entity)
        .findColumnWithPropertyName(relation.foreignKey)?.databaseName;
      if (!column) throw new Error(`${parent.typeName} has no column ${relation.foreignKey}`);
      return oneRowJson(field, relation.target, (alias) => `${alias}.id = ${row}.${column}`);
    }
    case 'list':
      return listJson(field, relation, ownKey);
    case 'count':
      return countSql(relation, ownKey);
    case 'page':
      return pageJson(field, relation, ownKey);
    case 'ranked':
      return rankedJson(field, relation, `= ${ownKey}`);
    case 'deferred':
      return columnSql(field, parent.entity);
    case 'resolverOnly':
      throw new NotCompilable(`${parent.typeName}.${field.definition.name}: ${relation.reason}`);
  }
}

/** `node(id)`: the row of whichever type the id names, its fields as that concrete type. */
function nodeJson(field: CompiledField): string {
  const { context } = field;
  const parsed = parseGlobalId(field.args['id'] as string);
  if (!parsed) throw new UserInputError('"id" is not a valid id.', { argumentName: 'id' });
  const type = context.schema.getType(parsed.typeName);
  const description = context.registry.type(parsed.typeName);
  if (!isObjectType(type) || !description) throw new NotCompilable(`node of type ${parsed.typeName}`);
  const key = context.params.add(parsed.id);
  return oneRowJson(field, description.entity, (alias) => `${alias}.id = ${key}`, type);
}

/** Given a root field and how it reads, returns SQL for its JSON. */
function rootJson(field: CompiledField, root: RootField): string {
  const { context } = field;
  switch (root.kind) {
    case 'lookup': {
      const target = lookupTarget(root, field.args);
      const param = context.params.add('id' in target ? target.id : target.value);
      return oneRowJson(field, root.target, (alias) => {
        if ('id' in target) return `${alias}.id = ${param}`;
        return target.where ? target.where(alias, param) : `${alias}.${target.column} = ${param}`;
      });
    }
    case 'every': {
      const alias = context.alias();
      const item = objectJson(context, objectTypeOf(field), alias, field.nodes);
      const table = context.dataSource.getMetadata(root.target).tableName;
      return `coalesce((SELECT json_agg(${item} ORDER BY ${root.orderBy(alias)}) FROM ${table} ${alias}), '[]'::json)`;
    }
    case 'page':
      return pageJson(field, root, NO_PARENT);
    case 'ranked':
      // A ranking at the root has the one parent key 0, as on the resolvers' path.
      return rankedJson(field, root, '= 0');
    case 'values':
      return valueRowsJson(field, root);
    case 'resolverOnly':
      throw new NotCompilable(`Query.${field.definition.name} is left to its resolver: ${root.reason}`);
  }
}

/**
 * Given a field, returns SQL for its JSON value, as the registry describes it: a root field by its
 * lookup, `id` of a node type as its global id, a relation by its kind, anything else as a column
 * of the parent's entity. NotCompilable for a field the registry leaves to the resolvers.
 */
export function fieldJson(field: CompiledField): string {
  const { context, parentType, definition } = field;
  if (parentType === context.schema.getQueryType()) {
    if (definition.name === 'node') return nodeJson(field);
    const root = context.registry.roots[definition.name];
    if (!root) throw new NotCompilable(`Query.${definition.name} has no root lookup`);
    return rootJson(field, root);
  }
  const parent = context.registry.type(parentType.name);
  if (!parent) throw new NotCompilable(`type ${parentType.name} is not described`);
  if (definition.name === 'id') return globalIdSql(parent.typeName as NodeTypeName, `${field.row}.id`);
  const relation = parent.relations[definition.name];
  return relation ? relationJson(field, parent, relation) : columnSql(field, parent.entity);
}

import { isObjectType } from 'graphql';
import { Article } from '../../article/article.entity';
import { NODE_ENTITIES } from '../../db/entities';
import { SLUG_KEY, URL_KEY, type AlternateKey } from '../../db/find-by-key';
import type { SqlParams } from '../../db/sql-params';
import { Location } from '../../location/location.entity';
import type { LocationKind } from '../../location/location-kind';
import { locationSearchConditions } from '../../location/location-search';
import { Quote } from '../../quote/quote.entity';
import { speakerSearchConditions } from '../../speaker/speaker-search';
import { Speaker } from '../../speaker/speaker.entity';
import { Topic } from '../../topic/topic.entity';
import { UserInputError } from '../errors/coded-errors';
import { expectGlobalId, parseGlobalId, type NodeTypeName } from '../ids/global-id';
import { nameSortedList } from '../pagination/simple-list';
import { NotCompilable, type CompiledField, type FieldCompiler } from './compile-context';
import { connectionJson } from './connection-json';
import { objectJson, type EntityClass } from './object-json';
import { objectTypeOf, oneRowJson } from './relation-json';
import { articlesOf, quotesOf } from './type-fields';

const TOP_LEVEL = (): string => 'NULL';

/** A lookup by global id: the row whose key the id carries (BAD_USER_INPUT for another type's id). */
function byId(field: CompiledField, typeName: NodeTypeName, entity: EntityClass, id: string): string {
  const key = field.context.params.add(expectGlobalId(id, typeName));
  return oneRowJson(field, entity, (alias) => `${alias}.id = ${key}`);
}

/** `id` or a second unique argument (`slug`, `url`), exactly one of them, as the resolvers demand. */
function byIdOr(typeName: NodeTypeName, entity: EntityClass, other: AlternateKey): FieldCompiler {
  return (field) => {
    const id = field.args['id'] as string | null | undefined;
    const value = field.args[other.argument] as string | null | undefined;
    if ((id == null) === (value == null)) {
      throw new UserInputError(`Give exactly one of "id" and "${other.argument}".`);
    }
    if (id != null) return byId(field, typeName, entity, id);
    const param = field.context.params.add(other.normalize(value ?? ''));
    return oneRowJson(field, entity, (alias) => `${alias}.${other.column} = ${param}`);
  };
}

/** `node(id)`: the row of whichever type the id names, its fields as that concrete type. */
const node: FieldCompiler = (field) => {
  const parsed = parseGlobalId(field.args['id'] as string);
  if (!parsed) throw new UserInputError('"id" is not a valid id.', { argumentName: 'id' });
  const type = field.context.schema.getType(parsed.typeName);
  if (!isObjectType(type)) throw new NotCompilable(`node of type ${parsed.typeName}`);
  const entity: EntityClass = NODE_ENTITIES[parsed.typeName];
  const alias = field.context.alias();
  const key = field.context.params.add(parsed.id);
  return `(SELECT ${objectJson(field.context, type, alias, field.nodes, entity)}
             FROM ${field.context.dataSource.getMetadata(entity).tableName} ${alias} WHERE ${alias}.id = ${key})`;
};

/** The speakers or places list: by case-folded name, narrowed by the field's own arguments. */
const nameSorted =
  (
    entity: EntityClass,
    conditions: (field: CompiledField) => (params: SqlParams) => string[],
  ): FieldCompiler =>
  (field) => {
    const list = nameSortedList(field.context.dataSource, entity, field.context.params, conditions(field));
    return connectionJson(field, { list, rowAlias: 'x', entity }, TOP_LEVEL());
  };

/** The SQL form of the read fields of `Query` (introspection runs through graphql-js). */
export const ROOT_FIELDS: Readonly<Record<string, FieldCompiler>> = {
  topic: byIdOr('Topic', Topic, SLUG_KEY),
  speaker: byIdOr('Speaker', Speaker, SLUG_KEY),
  location: byIdOr('Location', Location, SLUG_KEY),
  article: byIdOr('Article', Article, URL_KEY),
  quote: (field) => byId(field, 'Quote', Quote, field.args['id'] as string),
  topics: (field) => {
    const alias = field.context.alias();
    const item = objectJson(field.context, objectTypeOf(field), alias, field.nodes, Topic);
    return `coalesce((SELECT json_agg(${item} ORDER BY ${alias}.name, ${alias}.id) FROM topics ${alias}), '[]'::json)`;
  },
  node,
  speakers: nameSorted(
    Speaker,
    (field) => (params) => speakerSearchConditions(field.args['search'] as string | null | undefined, params),
  ),
  locations: nameSorted(
    Location,
    (field) => (params) =>
      locationSearchConditions(field.args as { kind?: LocationKind | null; search?: string | null }, params),
  ),
  quotes: quotesOf('all', TOP_LEVEL),
  articles: articlesOf('all', TOP_LEVEL),
};

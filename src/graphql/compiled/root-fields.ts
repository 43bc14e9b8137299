import { Article } from '../../article/article.entity';
import { slugKey } from '../../db/find-by-slug';
import { Location } from '../../location/location.entity';
import { Quote } from '../../quote/quote.entity';
import { Speaker } from '../../speaker/speaker.entity';
import { Topic } from '../../topic/topic.entity';
import { UserInputError } from '../errors/coded-errors';
import { expectGlobalId, type NodeTypeName } from '../ids/global-id';
import type { CompiledField, FieldCompiler } from './compile-context';
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
function byIdOr(
  typeName: NodeTypeName,
  entity: EntityClass,
  other: { argument: string; column: string; normalize: (value: string) => string },
): FieldCompiler {
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

const bySlug = { argument: 'slug', column: 'slug', normalize: slugKey };

/** The SQL form of the read fields of `Query` (the rest, such as `node`, run through resolvers). */
export const ROOT_FIELDS: Readonly<Record<string, FieldCompiler>> = {
  topic: byIdOr('Topic', Topic, bySlug),
  speaker: byIdOr('Speaker', Speaker, bySlug),
  location: byIdOr('Location', Location, bySlug),
  article: byIdOr('Article', Article, { argument: 'url', column: 'url', normalize: (url) => url.trim() }),
  quote: (field) => byId(field, 'Quote', Quote, field.args['id'] as string),
  topics: (field) => {
    const alias = field.context.alias();
    const item = objectJson(field.context, objectTypeOf(field), alias, field.nodes, Topic);
    return `coalesce((SELECT json_agg(${item} ORDER BY ${alias}.name) FROM topics ${alias}), '[]'::json)`;
  },
  quotes: quotesOf('all', TOP_LEVEL),
  articles: articlesOf('all', TOP_LEVEL),
};

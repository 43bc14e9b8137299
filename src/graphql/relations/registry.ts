import type { EntityClass, Relation, RootField, TypeDescription } from './relation';

/**
 * Every object type's relations and every root field, as the feature folders declare them: the one
 * description both the query compiler and the per-request loaders read, so the two paths cannot
 * drift. Built once by the composition (src/composition.ts) and handed to both.
 */
export class RelationRegistry {
  private readonly types = new Map<string, TypeDescription>();
  private readonly byEntity = new Map<EntityClass, TypeDescription>();

  constructor(
    types: readonly TypeDescription[],
    readonly roots: Readonly<Record<string, RootField>>,
  ) {
    for (const type of types) {
      if (this.types.has(type.typeName)) throw new Error(`type ${type.typeName} is described twice`);
      this.types.set(type.typeName, type);
      this.byEntity.set(type.entity, type);
    }
  }

  /** Given a GraphQL type name, returns its description, if the read path knows it. */
  type(typeName: string): TypeDescription | undefined {
    return this.types.get(typeName);
  }

  /** Given an entity, returns the description of its object type. */
  typeOf(entity: EntityClass): TypeDescription | undefined {
    return this.byEntity.get(entity);
  }

  /** Given a type and a field name, returns the field's relation; undefined for a plain column. */
  relation(typeName: string, field: string): Relation | undefined {
    return this.types.get(typeName)?.relations[field];
  }

  /** Given an entity, the properties left out when its rows ride along with another row (see DeferredColumn). */
  deferredProperties(entity: EntityClass): string[] {
    const relations = Object.values(this.byEntity.get(entity)?.relations ?? {});
    return relations.flatMap((relation) => (relation.kind === 'deferred' ? [relation.property] : []));
  }
}

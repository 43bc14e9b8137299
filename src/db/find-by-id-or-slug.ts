import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { UserInputError } from '../graphql/errors/coded-errors';
import { expectGlobalId, type NodeTypeName } from '../graphql/ids/global-id';
import { findBySlug } from './find-by-slug';

/** How to look one type up: its GraphQL name, its entity and its per-request by-id loader. */
export interface SlugLookup<T extends object> {
  typeName: NodeTypeName;
  entity: new () => T;
  byId: () => DataLoader<number, T | null>;
}

/**
 * Given a lookup and the `id` and `slug` arguments (exactly one must be given, else BAD_USER_INPUT),
 * returns the row, or null when there is none.
 */
export async function findByIdOrSlug<T extends object>(
  dataSource: DataSource,
  lookup: SlugLookup<T>,
  id: string | null | undefined,
  slug: string | null | undefined,
): Promise<T | null> {
  if ((id == null) === (slug == null)) throw new UserInputError('Give exactly one of "id" and "slug".');
  if (id != null) return lookup.byId().load(expectGlobalId(id, lookup.typeName));
  return findBySlug(dataSource, lookup.entity, slug ?? '');
}

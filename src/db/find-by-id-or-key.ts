import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { UserInputError } from '../graphql/errors/coded-errors';
import { expectGlobalId, type NodeTypeName } from '../graphql/ids/global-id';
import { findByKey, type AlternateKey } from './find-by-key';

/** How to look one type up: its GraphQL name, its entity, its per-request by-id loader and its other key. */
export interface KeyLookup<T extends object> {
  typeName: NodeTypeName;
  entity: new () => T;
  byId: () => DataLoader<number, T | null>;
  key: AlternateKey;
}

/**
 * Given a lookup, the `id` argument and the value of the other key's argument (exactly one must be
 * given, else BAD_USER_INPUT), returns the row, or null when there is none.
 */
export async function findByIdOrKey<T extends object>(
  dataSource: DataSource,
  lookup: KeyLookup<T>,
  id: string | null | undefined,
  value: string | null | undefined,
): Promise<T | null> {
  if ((id == null) === (value == null)) {
    throw new UserInputError(`Give exactly one of "id" and "${lookup.key.argument}".`);
  }
  if (id != null) return lookup.byId().load(expectGlobalId(id, lookup.typeName));
  return findByKey(dataSource, lookup.entity, lookup.key, value ?? '');
}

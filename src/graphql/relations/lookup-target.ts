import { UserInputError } from '../errors/coded-errors';
import { expectGlobalId, type NodeTypeName } from '../ids/global-id';
import type { KeyLookup } from './relation';

/** What a lookup's arguments point at: a database id, or a column's stored value. */
export type LookupTarget =
  { id: number } | { column: string; value: string; where?: (alias: string, value: string) => string };

/**
 * Given a lookup and its field's arguments, returns what to find: the id, or the alternate key's
 * value as stored. BAD_USER_INPUT unless exactly one of `id` and the alternate key is given, or for
 * an id of another type. The one place this rule is written, for both query paths.
 */
export function lookupTarget(lookup: KeyLookup, args: Readonly<Record<string, unknown>>): LookupTarget {
  const id = args['id'] as string | null | undefined;
  if (lookup.key === null) return { id: expectGlobalId(id ?? '', lookup.typeName as NodeTypeName) };
  const value = args[lookup.key.argument] as string | null | undefined;
  if ((id == null) === (value == null)) {
    throw new UserInputError(`Give exactly one of "id" and "${lookup.key.argument}".`);
  }
  if (id != null) return { id: expectGlobalId(id, lookup.typeName as NodeTypeName) };
  return { column: lookup.key.column, value: lookup.key.normalize(value ?? ''), where: lookup.key.where };
}

import { UserInputError } from '../errors/coded-errors';
import { base64UrlSql, decodeBase64Url, encodeBase64Url } from './base64url';

/** The GraphQL types that implement `Node`. */
const NODE_TYPES = ['Article', 'Speaker', 'Quote', 'Location', 'Topic'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

/** A decoded global id: the type and the database key. */
interface ParsedGlobalId {
  typeName: NodeTypeName;
  id: number;
}

/** Given a type and a database key, returns the opaque global id clients see (`Quote:12`, encoded). */
export function toGlobalId(typeName: NodeTypeName, id: number): string {
  return encodeBase64Url(`${typeName}:${id}`);
}

/** Given a type and SQL for a database key, returns SQL for the same global id `toGlobalId` makes. */
export function globalIdSql(typeName: NodeTypeName, idSql: string): string {
  return base64UrlSql(`'${typeName}:' || ${idSql}`);
}

/** Given a global id, returns its type and key, or null when it is not one of ours. */
export function parseGlobalId(globalId: string): ParsedGlobalId | null {
  const decoded = decodeBase64Url(globalId);
  const match = decoded === null ? null : /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  const typeName = NODE_TYPES.find((name) => name === match[1]);
  const id = Number(match[2]);
  if (!typeName || id > 2_147_483_647) return null;
  return { typeName, id };
}

/**
 * Given a global id that must denote `expected`, returns its database key; throws BAD_USER_INPUT
 * naming the argument when the id is malformed or of another type.
 */
export function expectGlobalId(globalId: string, expected: NodeTypeName, argumentName = 'id'): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.typeName !== expected) {
    throw new UserInputError(`"${argumentName}" is not a valid ${expected} id.`, { argumentName });
  }
  return parsed.id;
}

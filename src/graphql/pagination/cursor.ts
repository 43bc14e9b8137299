import { UserInputError } from '../errors/coded-errors';
import { decodeBase64Url, encodeBase64Url } from '../ids/base64url';

/** The values of a row's sort key, in sort order: what a keyset cursor remembers. */
export type SortKey = readonly (number | string)[];

/** Given a row's sort key, returns the opaque cursor that resumes a list right after that row. */
export function encodeCursor(sortKey: SortKey): string {
  return encodeBase64Url(JSON.stringify(sortKey));
}

/**
 * Given a cursor and the types its sort key must have, returns the sort key; throws BAD_USER_INPUT
 * for anything that is not a cursor this list handed out.
 */
export function decodeCursor(cursor: string, shape: readonly ('number' | 'string')[]): SortKey {
  const decoded = decodeBase64Url(cursor);
  let values: unknown;
  try {
    values = decoded === null ? null : JSON.parse(decoded);
  } catch {
    values = null;
  }
  const fits =
    Array.isArray(values) &&
    values.length === shape.length &&
    values.every((value, index) =>
      shape[index] === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string',
    );
  if (!fits) throw new UserInputError('"after" is not a cursor of this list.', { argumentName: 'after' });
  return values as SortKey;
}

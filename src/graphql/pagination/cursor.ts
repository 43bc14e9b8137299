import { UserInputError } from '../errors/coded-errors';
import { decodeBase64Url } from '../ids/base64url';

/** The values of a row's sort key, in sort order: what a keyset cursor remembers. */
export type SortKey = readonly (number | string)[];

/** The SQL type of one sort-key value, which its cursor value is cast back to. */
export type SortCast = 'integer' | 'real' | 'timestamptz' | 'text';

// What Postgres prints for a timestamptz (the cursor carries that text).
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;
const FLOAT4_MAX = 3.4028234663852886e38;

/** Whether a decoded cursor value has the form this list hands out for the cast. */
const FITS: Record<SortCast, (value: unknown) => boolean> = {
  integer: (value) => Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647,
  real: (value) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= FLOAT4_MAX,
  timestamptz: (value) => typeof value === 'string' && TIMESTAMP_TEXT.test(value),
  text: (value) => typeof value === 'string' && !value.includes('\u0000'),
};

/**
 * Given a cursor and the SQL types of its sort key, returns the sort key; throws BAD_USER_INPUT
 * for anything that is not a cursor this list handed out (a number out of range, a malformed time).
 */
export function decodeCursor(cursor: string, casts: readonly SortCast[]): SortKey {
  const decoded = decodeBase64Url(cursor);
  let values: unknown;
  try {
    values = decoded === null ? null : JSON.parse(decoded);
  } catch {
    values = null;
  }
  const fits =
    Array.isArray(values) &&
    values.length === casts.length &&
    values.every((value, index) => FITS[casts[index] ?? 'text'](value));
  if (!fits) throw new UserInputError('"after" is not a cursor of this list.', { argumentName: 'after' });
  return values as SortKey;
}

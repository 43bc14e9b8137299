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

function parsed(cursor: string): unknown {
  const decoded = decodeBase64Url(cursor);
  try {
    return decoded === null ? null : JSON.parse(decoded);
  } catch {
    return null;
  }
}

/**
 * Given a cursor, the SQL types of its sort key and the tag naming the list's order (null when the
 * list has one order), returns the sort key; throws BAD_USER_INPUT for anything that is not a cursor
 * this list handed out in this order (a number out of range, a malformed time, a cursor of another
 * order or from before this order existed).
 */
export function decodeCursor(cursor: string, casts: readonly SortCast[], tag: string | null = null): SortKey {
  const values = parsed(cursor);
  const key = !Array.isArray(values)
    ? null
    : tag === null
      ? values
      : values[0] === tag
        ? values.slice(1)
        : null;
  const fits =
    key !== null &&
    key.length === casts.length &&
    key.every((value, index) => FITS[casts[index] ?? 'text'](value));
  if (!fits) {
    throw new UserInputError(
      '"after" is not a cursor of this list in this order (a cursor belongs to the list and order that gave it); ask for the first page again without "after".',
      { argumentName: 'after' },
    );
  }
  return key as SortKey;
}

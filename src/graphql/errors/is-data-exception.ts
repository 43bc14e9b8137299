import { sqlStateOf } from '../../db/sql-state';

/**
 * Given a thrown value, returns whether Postgres refused a value the client sent (SQLSTATE class 22,
 * "data exception": a NUL character in text, a number out of range, a malformed date), looking
 * through what the error wraps. The fault is in the request, so it becomes BAD_USER_INPUT.
 */
export function isDataException(error: unknown): boolean {
  return /^22[0-9A-Z]{3}$/.test(sqlStateOf(error));
}

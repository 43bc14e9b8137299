/**
 * Given a thrown value, returns whether Postgres refused a value the client sent (SQLSTATE class 22,
 * "data exception": a NUL character in text, a number out of range, a malformed date), looking
 * through TypeORM's `driverError`. The fault is in the request, so it becomes BAD_USER_INPUT.
 */
export function isDataException(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  return candidates.some(
    (candidate) =>
      typeof candidate === 'object' &&
      candidate !== null &&
      /^22[0-9A-Z]{3}$/.test(String((candidate as { code?: unknown }).code)),
  );
}

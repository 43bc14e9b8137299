/** Socket errors of a Postgres that is down, restarting or unreachable. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs of a server going away: admin_shutdown, crash_shutdown, cannot_connect_now. Class 08 is checked apart. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);

/** What `pg` and its pool say, without a code, when the connection is gone or never came. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|terminating connection/i;

const codeOf = (error: object): string => String((error as { code?: unknown }).code ?? '');

/**
 * Given a thrown value, returns whether it says Postgres cannot be reached right now (refused,
 * reset, shutting down, starting up), looking through TypeORM's `driverError` and `cause`. Such a
 * failure is the client's to retry, not a bug: it becomes SERVICE_UNAVAILABLE rather than a masked 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const code = codeOf(current);
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) return true;
    if (current instanceof Error && UNAVAILABLE_MESSAGE.test(current.message)) return true;
    const next = current as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    current = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}

import { codeOf, errorChain } from '../../db/sql-state';

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

/**
 * Given a thrown value, returns whether it says Postgres cannot be reached right now (refused,
 * reset, shutting down, starting up), looking through TypeORM's `driverError` and `cause`. Such a
 * failure is the client's to retry, not a bug: it becomes SERVICE_UNAVAILABLE rather than a masked 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return errorChain(error).some((link) => {
    const code = codeOf(link);
    return (
      NETWORK_CODES.has(code) ||
      UNAVAILABLE_SQLSTATES.has(code) ||
      code.startsWith('08') ||
      (link instanceof Error && UNAVAILABLE_MESSAGE.test(link.message))
    );
  });
}

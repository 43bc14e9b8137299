import type { Logger } from 'pino';
import { isDataException } from '../errors/is-data-exception';
import { isDatabaseUnavailable } from '../errors/is-database-unavailable';

/** Which operation of which request failed. */
export interface FailureScope {
  operationName: string | null | undefined;
  requestId: string;
}

/**
 * Given the cause of an operation's unexpected failure, logs it at the level it deserves: the
 * database being away and a value Postgres refused (the client gets BAD_USER_INPUT; logged so a
 * check can be added before SQL) are warnings, anything else an error with its cause.
 */
export function logFailure(logger: Logger, cause: unknown, scope: FailureScope): void {
  const detail = { err: cause, operationName: scope.operationName, requestId: scope.requestId };
  if (isDatabaseUnavailable(cause)) logger.warn(detail, 'database unreachable while executing an operation');
  else if (isDataException(cause)) logger.warn(detail, 'the database refused a value from the request');
  else logger.error(detail, 'unexpected error while executing an operation');
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { ErrorCode } from '../errors/error-code';
import { logFailure } from './log-failure';

/** Seconds a client should wait before retrying while the database is away. */
const RETRY_AFTER_SECONDS = '1';

/** How operations are logged. */
export interface RequestLoggingOptions {
  /**
   * One short text line per operation, e.g. `QuotesAboutTopic 200 12.4 ms (a1b2c3d4)` (development,
   * read by a person), instead of the JSON object with fields that log shippers read.
   */
  compact: boolean;
}

/** Given what an operation came to, returns its compact log line. */
function compactLine(name: string, status: number, durationMs: number, errors: number, requestId: string) {
  const failures = errors > 0 ? ` ${errors} error${errors === 1 ? '' : 's'}` : '';
  return `${name} ${status} ${durationMs.toFixed(1)} ms${failures} (${requestId.slice(0, 8)})`;
}

/**
 * Logs each operation once with its name, duration, HTTP status and error count (a 503 counts); logs every unexpected error with
 * its cause and the request id (the client only sees a masked error, stamped with that id so a
 * report can be matched to the log line); and answers 503 with `Retry-After` when the database was
 * unreachable, so load balancers and clients treat it as the passing outage it is.
 */
export function requestLoggingPlugin(
  options: RequestLoggingOptions = { compact: false },
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      const { logger, requestId } = contextValue;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.['code'];
            if (code !== undefined && code !== ErrorCode.InternalServerError) continue;
            logFailure(logger, error.originalError ?? error, { operationName, requestId });
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          const sent = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (response.body.kind === 'single') {
            for (const error of sent) {
              const code = error.extensions?.['code'];
              if (code === ErrorCode.InternalServerError) {
                (error.extensions as Record<string, unknown>)['requestId'] = requestId;
              } else if (code === ErrorCode.ServiceUnavailable) {
                response.http.status = 503;
                response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
              }
            }
          }
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const status = response.http.status ?? 200;
          // Errors answered without passing through execution (a compiled statement that failed,
          // a 503 while the database is away) count as well as those it raised.
          const errorCount = Math.max(errors?.length ?? 0, sent.length);
          if (options.compact) {
            logger.info(compactLine(operationName ?? 'anonymous', status, durationMs, errorCount, requestId));
          } else {
            logger.info(
              { requestId, operationName: operationName ?? null, durationMs, status, errors: errorCount },
              'graphql operation',
            );
          }
        },
      };
    },
  };
}

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
 * Logs each operation once with its name, duration and outcome; logs every unexpected error with
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
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
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
          const errorCount = errors?.length ?? 0;
          if (options.compact) {
            const status = response.http.status ?? 200;
            logger.info(compactLine(operationName ?? 'anonymous', status, durationMs, errorCount, requestId));
          } else {
            logger.info(
              { requestId, operationName: operationName ?? null, durationMs, errors: errorCount },
              'graphql operation',
            );
          }
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { ErrorCode } from '../errors/error-code';
import { logFailure } from './log-failure';

/** Seconds a client should wait before retrying while the database is away. */
const RETRY_AFTER_SECONDS = '1';

/**
 * Logs each operation once with its name, duration, HTTP status and error count (a 503 counts); logs every unexpected error with
 * its cause and the request id (the client only sees a masked error, stamped with that id so a
 * report can be matched to the log line); and answers 503 with `Retry-After` when the database was
 * unreachable, so load balancers and clients treat it as the passing outage it is.
 */
export function requestLoggingPlugin(): ApolloServerPlugin<RequestContext> {
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
          logger.info(
            {
              requestId,
              operationName: operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              status: response.http.status ?? 200,
              // Errors answered without passing through execution (a compiled statement that
              // failed, a 503 while the database is away) count as well as those it raised.
              errors: Math.max(errors?.length ?? 0, sent.length),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

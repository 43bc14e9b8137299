import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { ErrorCode } from '../errors/error-code';

/**
 * Logs each operation once with its name, duration and outcome, logs every unexpected error with
 * its cause (the client only sees a masked error), and stamps masked errors with the request id so
 * a report can be matched to the log line.
 */
export function requestLoggingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.['code'];
            if (code === undefined || code === ErrorCode.InternalServerError) {
              contextValue.logger.error(
                { err: error.originalError ?? error, operationName, requestId: contextValue.requestId },
                'unexpected error while executing an operation',
              );
            }
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              if (error.extensions?.['code'] === ErrorCode.InternalServerError) {
                (error.extensions as Record<string, unknown>)['requestId'] = contextValue.requestId;
              }
            }
          }
          contextValue.logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              errors: errors?.length ?? 0,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

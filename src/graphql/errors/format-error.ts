import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CodedError } from './coded-errors';
import { ErrorCode } from './error-code';

/** Codes Apollo itself sets on request errors (parse, validation, variables): safe to show as they are. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const CONNECTION_FAILURE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|terminating connection/i;

/** The masked error every unexpected failure becomes; `requestId` is added per response. */
export const MASKED_MESSAGE = 'Internal server error. Quote the requestId when reporting it.';

/**
 * Given Apollo's formatted error and the thrown value, returns what the client may see: our coded
 * errors and Apollo's request errors as they are (minus stack traces), a lost database as
 * SERVICE_UNAVAILABLE, and anything else masked as INTERNAL_SERVER_ERROR, never SQL or driver text.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.['code'];
  const isRequestError = original instanceof GraphQLError && typeof code === 'string' && APOLLO_REQUEST_CODES.has(code);
  if (original instanceof CodedError || isRequestError) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const message = original instanceof Error ? original.message : String(original);
  if (CONNECTION_FAILURE.test(message)) {
    return {
      message: 'The database is not reachable right now; please retry shortly.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }
  return {
    message: MASKED_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.InternalServerError },
  };
}

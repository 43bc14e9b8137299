import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CodedError, ServiceUnavailableError, UserInputError } from './coded-errors';
import { ErrorCode } from './error-code';
import { isDataException } from './is-data-exception';
import { isDatabaseUnavailable } from './is-database-unavailable';

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

/** graphql-js's parser message when `parseOptions.maxTokens` stops it (16.x spells it "more that"). */
const TOO_MANY_TOKENS = /Document contains more th(?:an|at) (\d+) tokens/;

/** The masked error every unexpected failure becomes; `requestId` is added per response. */
const MASKED_MESSAGE = 'Internal server error. Quote the requestId when reporting it.';

/**
 * Given a thrown value, returns the first of our coded errors in its chain: resolvers' errors are
 * wrapped by graphql-js with a path, and validation rules' errors by Apollo's ValidationError.
 */
function findCodedError(error: unknown): CodedError | undefined {
  let current: unknown = error;
  for (let hops = 0; hops < 4 && current instanceof Error; hops += 1) {
    if (current instanceof CodedError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}

const where = (formatted: GraphQLFormattedError) => ({
  ...(formatted.locations ? { locations: formatted.locations } : {}),
  ...(formatted.path ? { path: formatted.path } : {}),
});

/** What a client sees of a coded error: its message and extensions, where Apollo placed it. */
const asSeen = (coded: CodedError, formatted: GraphQLFormattedError): GraphQLFormattedError => ({
  message: coded.message,
  ...where(formatted),
  extensions: { ...coded.extensions },
});

// What Postgres refusing a value and the database being away become (made once, only read).
const REFUSED_VALUE = new UserInputError(
  'A value in the request cannot be stored or searched: it holds a character or number the database does not accept (such as a NUL character).',
);
const UNAVAILABLE = new ServiceUnavailableError();

/**
 * Given Apollo's formatted error and the thrown value, returns what the client may see: our coded
 * errors with their own code and details, Apollo's request errors as they are, the parser's token
 * limit as QUERY_TOO_COMPLEX, a value Postgres refuses as BAD_USER_INPUT, a lost database as
 * SERVICE_UNAVAILABLE, and anything else masked as INTERNAL_SERVER_ERROR. Never a stack trace, SQL
 * or driver text, in any environment: the cause goes to the log, under the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const coded = findCodedError(error);
  if (coded) return asSeen(coded, formatted);
  const code = formatted.extensions?.['code'];
  if (error instanceof GraphQLError && typeof code === 'string' && APOLLO_REQUEST_CODES.has(code)) {
    const tokens = TOO_MANY_TOKENS.exec(error.message);
    if (code === 'GRAPHQL_PARSE_FAILED' && tokens) {
      const maximum = Number(tokens[1]);
      return {
        message: `The document has more than ${maximum} tokens; the limit is ${maximum} (MAX_TOKENS).`,
        extensions: { code: ErrorCode.QueryTooComplex, limit: 'MAX_TOKENS', maximum },
      };
    }
    return formatted;
  }
  if (isDataException(error)) return asSeen(REFUSED_VALUE, formatted);
  if (isDatabaseUnavailable(error)) return asSeen(UNAVAILABLE, formatted);
  return {
    message: MASKED_MESSAGE,
    ...where(formatted),
    extensions: { code: ErrorCode.InternalServerError },
  };
}

import { ErrorCode } from '../graphql/errors/error-code';

/**
 * Codes of a well-formed request whose document or variables were refused before it ran: parse,
 * validation (our limits are validation rules, or the parser's token limit), variable coercion.
 */
const REFUSED_OPERATION_CODES = new Set<unknown>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  ErrorCode.QueryTooComplex,
]);

/**
 * Given Apollo's status, the answer's content type and body, returns the status to send. The
 * GraphQL-over-HTTP spec asks for 200 on every well-formed request answered as `application/json`
 * (a client of that type reads `errors`, and proxies must not take a refused query for a broken
 * server), and keeps 4xx for `application/graphql-response+json`, whose clients read the status.
 * Apollo answers 400 for both; a request that is not well-formed (no query, bad JSON, CSRF refusal:
 * BAD_REQUEST) stays 400 whatever its type.
 */
export function statusForClient(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.startsWith('application/json')) return status;
  try {
    const { errors } = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const refusedOperation =
      Array.isArray(errors) &&
      errors.length > 0 &&
      errors.every((error) => REFUSED_OPERATION_CODES.has(error.extensions?.code));
    return refusedOperation ? 200 : status;
  } catch {
    return status;
  }
}

import { GraphQLError, type ASTNode } from 'graphql';
import { ErrorCode } from './error-code';

/** A GraphQL error whose `extensions.code` is fixed by its class: the only kind clients see. */
export abstract class CodedError extends GraphQLError {
  protected constructor(
    message: string,
    code: ErrorCode,
    details: Record<string, unknown> = {},
    node?: ASTNode,
  ) {
    super(message, { extensions: { code, ...details }, ...(node ? { nodes: node } : {}) });
  }
}

/** The request asked for something invalid: a bad argument, cursor, id or input value. */
export class UserInputError extends CodedError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, ErrorCode.BadUserInput, details);
  }
}

/** The operation names something by id that is not stored (e.g. `updateArticle` of a deleted article). */
export class NotFoundError extends CodedError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, ErrorCode.NotFound, details);
  }
}

const AUTHENTICATION_MESSAGES = {
  missing: 'This operation needs the header "Authorization: Bearer <API_TOKEN>"; the request had none.',
  wrong:
    'The Authorization header does not carry this server\'s API_TOKEN: send "Bearer <API_TOKEN>" with the current token.',
} as const;

/**
 * The operation needs `Authorization: Bearer <API_TOKEN>` and did not carry a valid one:
 * `extensions.reason` is `TOKEN_MISSING` (no header) or `TOKEN_WRONG` (another token, or not a
 * bearer token), each with its own message.
 */
export class AuthenticationError extends CodedError {
  constructor(problem: 'missing' | 'wrong' = 'missing') {
    super(AUTHENTICATION_MESSAGES[problem], ErrorCode.Unauthenticated, {
      reason: problem === 'missing' ? 'TOKEN_MISSING' : 'TOKEN_WRONG',
    });
  }
}

/** The database cannot be reached right now; the client may retry. */
export class ServiceUnavailableError extends CodedError {
  constructor() {
    super('The database is not reachable right now; please retry shortly.', ErrorCode.ServiceUnavailable);
  }
}

/** Which limit an operation broke, the limit and what the operation came to. */
export interface LimitBreach {
  /** The environment variable that sets the limit, e.g. `MAX_DEPTH`. */
  limit: string;
  maximum: number;
  actual: number;
  /** Where in the document the breach is, for the error's `locations`. */
  node?: ASTNode;
}

/** The operation is over a limit (depth, aliases, cost, directives, tokens) and was refused before it ran. */
export class QueryTooComplexError extends CodedError {
  constructor(message: string, { node, ...breach }: LimitBreach) {
    super(message, ErrorCode.QueryTooComplex, { ...breach }, node);
  }
}

/** Which rate limit a client broke and when it may try again. */
export interface RateBreach {
  /** The environment variable that sets the limit, e.g. `RATE_LIMIT_WRITES_PER_MINUTE`. */
  limit: string;
  /** Requests (or mutations) allowed a minute. */
  maximum: number;
  retryAfterSeconds: number;
}

/** The client sent more requests, or mutations, in a minute than its limit allows. */
export class RateLimitedError extends CodedError {
  constructor(what: string, breach: RateBreach) {
    super(
      `Too many ${what}: at most ${breach.maximum} a minute (${breach.limit}). Retry in ${breach.retryAfterSeconds} s.`,
      ErrorCode.RateLimited,
      { ...breach },
    );
  }
}

/** A WebSocket connection asked for more subscriptions at once than `MAX_SUBSCRIPTIONS_PER_CONNECTION`. */
export class TooManySubscriptionsError extends CodedError {
  constructor(maximum: number) {
    super(
      `A connection may hold at most ${maximum} subscriptions at once (MAX_SUBSCRIPTIONS_PER_CONNECTION); complete one first.`,
      ErrorCode.TooManySubscriptions,
      { limit: 'MAX_SUBSCRIPTIONS_PER_CONNECTION', maximum },
    );
  }
}

/** Every `extensions.code` this API sends. Clients may switch on these values. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  TooManySubscriptions = 'TOO_MANY_SUBSCRIPTIONS',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  RateLimited = 'RATE_LIMITED',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

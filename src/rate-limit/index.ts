export { clientAddress } from './client-address';
export { limitRequests, type RequestLimitOptions, type RouteHandler } from './limit-requests';
export { createRateLimiter, RATE_LIMIT_TABLE, type RateLimiter, type RateVerdict } from './rate-limiter';
export { writeLimitPlugin } from './write-limit-plugin';

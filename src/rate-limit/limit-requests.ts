import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimitedError } from '../graphql/errors/coded-errors';
import { sendJson } from '../http/send';
import { clientAddress } from './client-address';
import type { RateLimiter } from './rate-limiter';

/** An HTTP route handler given the request's parsed URL. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

/** What the per-address request limit needs. */
export interface RequestLimitOptions {
  limiter: RateLimiter | null;
  /** Proxies trusted to append to `X-Forwarded-For` (TRUST_PROXY). */
  trustedHops: number;
  /** Called for each refused request (the metrics count it). */
  onRefused?: () => void;
}

/**
 * Given a route handler and the reads limiter, returns the handler that first spends one request
 * of the client address's budget, and past it answers 429 with `Retry-After` and a RATE_LIMITED
 * error, before reading the body or touching the API. With the limit off, returns the handler itself.
 */
export function limitRequests(handler: RouteHandler, options: RequestLimitOptions): RouteHandler {
  const { limiter } = options;
  if (!limiter) return handler;
  return async (request, response, url) => {
    const verdict = await limiter.consume(clientAddress(request, options.trustedHops));
    if (verdict.allowed) return handler(request, response, url);
    options.onRefused?.();
    const error = new RateLimitedError('requests from this address', {
      limit: 'RATE_LIMIT_READS_PER_MINUTE',
      maximum: limiter.perMinute,
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
    response.setHeader('retry-after', String(verdict.retryAfterSeconds));
    response.setHeader('cache-control', 'no-store');
    sendJson(response, 429, { errors: [{ message: error.message, extensions: error.extensions }] });
  };
}

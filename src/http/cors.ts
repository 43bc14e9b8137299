import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_HEADERS =
  'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id, x-editor, x-read-after';

/**
 * Response headers a page may read: the id to quote in a bug report, when to retry, and the WAL
 * position a mutation's readers send back to see its writes.
 */
const EXPOSED_HEADERS = 'x-request-id, retry-after, x-read-after';

/**
 * Given a request, its response and the allowed origins, sets the CORS headers for an allowed
 * origin (`*` allows any) and returns true when the request was a preflight that is now answered.
 * Credentials (cookies) are never allowed: the API authenticates with a bearer token only.
 */
export function applyCors(
  request: IncomingMessage,
  response: ServerResponse,
  allowedOrigins: readonly string[],
): boolean {
  const origin = request.headers.origin;
  const anyOrigin = allowedOrigins.includes('*');
  const allowed = origin !== undefined && (anyOrigin || allowedOrigins.includes(origin));
  // The answer depends on Origin whenever origins are listed, so caches must key on it.
  if (!anyOrigin) response.setHeader('vary', 'origin');
  if (allowed) {
    response.setHeader('access-control-allow-origin', anyOrigin ? '*' : origin);
    response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  if (request.method !== 'OPTIONS') return false;
  if (allowed) {
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    response.setHeader('access-control-max-age', '600');
  }
  response.writeHead(204).end();
  return true;
}

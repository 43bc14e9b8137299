import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { credentialsCheck } from '../graphql/auth/bearer-token';
import { sendError } from './send';

/**
 * Given the app's metrics registry and the optional METRICS_TOKEN, returns the `/metrics` handler:
 * the registry in Prometheus text format. With a token set, a scrape must send
 * `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise); without one, anyone who reaches the
 * port may read it (operation names, pool and request counts: nothing from the data), so expose
 * the port only to the scraper or set the token.
 */
export function metricsHandler(registry: Registry, metricsToken: string | undefined) {
  const check = metricsToken ? credentialsCheck(metricsToken) : null;
  const isScraper = (header: string | undefined): boolean => check === null || check(header) === 'valid';
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendError(response, 405, 'METHOD_NOT_ALLOWED', '/metrics answers GET only.');
      return;
    }
    if (!isScraper(request.headers.authorization)) {
      response.setHeader('www-authenticate', 'Bearer');
      sendError(
        response,
        401,
        'UNAUTHENTICATED',
        '/metrics needs the header "Authorization: Bearer <METRICS_TOKEN>".',
      );
      return;
    }
    const text = await registry.metrics();
    response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : text);
  };
}

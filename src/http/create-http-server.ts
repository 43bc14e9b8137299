import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ReplicaStatus } from '../db/replicas';
import { applyCors } from './cors';
import { isDatabaseReady } from './readiness';
import { sendError, sendJson } from './send';
import { serveStaticPage } from './static-page';

/**
 * How long a client may take to send its headers, and its whole request. Node's defaults (60 s and
 * 5 min) let a few slow clients (Slowloris) hold connections open for minutes; a 1 MB body needs
 * far less even on a poor line.
 */
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** What the HTTP server routes to. */
export interface HttpServerOptions {
  /** The `/graphql` handler, given the request's parsed URL. */
  graphql: (
    request: import('node:http').IncomingMessage,
    response: import('node:http').ServerResponse,
    url: URL,
  ) => Promise<void>;
  /** The CSV export of a quote list (`/export/quotes.csv`), given the request's parsed URL. */
  exportQuotes: (
    request: import('node:http').IncomingMessage,
    response: import('node:http').ServerResponse,
    url: URL,
  ) => Promise<void>;
  /** `/metrics` in Prometheus text format. */
  metrics: (
    request: import('node:http').IncomingMessage,
    response: import('node:http').ServerResponse,
  ) => Promise<void>;
  dataSource: DataSource;
  /** Every read replica's state, shown by `/ready` (absent without replicas). */
  replicaStatus?: () => readonly ReplicaStatus[];
  logger: Logger;
  corsOrigins: readonly string[];
}

/**
 * Given the handlers, returns the HTTP server: `/graphql` (API and Sandbox), `/health` (the process
 * is up), `/ready` (the primary answers: 200, else 503; the body lists each replica's state), `/metrics` (Prometheus), `/export/quotes.csv` (a quote list as CSV) and the explorer's pages. Any error a
 * handler lets through is logged and answered 500 without detail; the process never dies of it.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const handle = async (): Promise<void> => {
      if (path === '/graphql' || path === '/graphql/') {
        if (applyCors(request, response, options.corsOrigins)) return;
        await options.graphql(request, response, url);
      } else if (path === '/export/quotes.csv') {
        await options.exportQuotes(request, response, url);
      } else if (path === '/metrics') {
        await options.metrics(request, response);
      } else if (path === '/health') {
        sendJson(response, 200, { status: 'ok' });
      } else if (path === '/ready') {
        const ready = await isDatabaseReady(options.dataSource);
        // Replicas do not decide readiness: reads go on without them, and writes need the primary.
        const replicas = options.replicaStatus?.();
        sendJson(response, ready ? 200 : 503, {
          status: ready ? 'ready' : 'database unavailable',
          ...(replicas ? { replicas } : {}),
        });
      } else if (!(await serveStaticPage(path, request, response))) {
        sendError(response, 404, 'NOT_FOUND', `Nothing is served at ${path}; the API is at /graphql.`);
      }
    };
    handle().catch((error: unknown) => {
      // Set by the GraphQL handler; other routes do too little to need one.
      const requestId = response.getHeader('x-request-id');
      options.logger.error({ err: error, path, requestId }, 'unhandled error in HTTP handler');
      if (response.headersSent) response.destroy();
      else
        sendError(
          response,
          500,
          'INTERNAL_SERVER_ERROR',
          'Internal server error.',
          requestId ? { requestId } : {},
        );
    });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  return server;
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { specifiedRules, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import { RequestReads } from '../../db/replicas';
import type { RequestContext } from '../context';
import { TooManySubscriptionsError } from '../errors/coded-errors';
import { ErrorCode } from '../errors/error-code';
import { formatError } from '../errors/format-error';
import { queryLimitRules, type QueryLimits } from '../limits';
import type { BatchLoaders } from './batch-loaders';
import { checkSubscription } from './check-subscription';
import { sharedEventExecution } from './shared-event-execution';
import { ConnectionsPerAddress, isAllowedOrigin, refuseUpgrade } from './upgrade-guard';

/** How long the clients of a closing server get to answer its close frame before they are cut. */
const CLOSE_HANDSHAKE_MS = 2_000;

/** What the WebSocket endpoint needs. */
export interface WebSocketServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  /** The loaders of the event being delivered (see BatchLoaders). */
  loaders: BatchLoaders;
  logger: Logger;
  /** The same limits as queries over HTTP: tokens by the parser, the rest by validation rules. */
  limits: QueryLimits & { readonly tokens: number };
  corsOrigins: readonly string[];
  maxPayloadBytes: number;
  maxSubscriptionsPerConnection: number;
  maxConnectionsPerAddress: number;
  maxArticleBytes: number;
}

/** GraphQL over WebSocket (graphql-ws) on the API's own port and path. */
export interface GraphQLWebSocketServer {
  /** The HTTP server's `upgrade` handler. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Refuses new connections, completes every subscription and closes every socket (1001, going away). */
  close(): Promise<void>;
}

/**
 * Given the schema and the limits, returns the WebSocket endpoint (graphql-ws's `useServer` on a
 * `ws` server without a port of its own). An upgrade is refused when its Origin is neither the API's
 * own nor listed in CORS_ORIGINS (403) or its address already holds MAX_WS_CONNECTIONS_PER_IP (429).
 * Only subscriptions are served here (queries and mutations go over HTTP, where their rate limits
 * and token check live); each is parsed and validated with the query limits before it starts, and a
 * connection holds at most MAX_SUBSCRIPTIONS_PER_CONNECTION. Subscribing needs no token: reads are public.
 */
export function createGraphQLWebSocketServer(options: WebSocketServerOptions): GraphQLWebSocketServer {
  const server = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  const perAddress = new ConnectionsPerAddress(options.maxConnectionsPerAddress);
  const rules = [...specifiedRules, ...queryLimitRules(options.limits)];
  let closing = false;
  // Each subscription's context names its operation, so subscribers of one operation share its executions.
  const operations = new WeakMap<object, string>();

  const contextFor = (payload: SubscribePayload): RequestContext => {
    const context: RequestContext = {
      requestId: randomUUID(),
      dataSource: options.dataSource,
      // Events are read on the primary: it has just committed them, a replica may not have yet.
      reads: new RequestReads(null, options.dataSource, null),
      get loaders() {
        return options.loaders.current;
      },
      // Subscribing needs no token: a WebSocket operation never carries one.
      credentials: 'missing',
      editor: null,
      logger: options.logger,
      maxArticleBytes: options.maxArticleBytes,
    };
    operations.set(
      context,
      JSON.stringify([payload.query, payload.operationName ?? null, payload.variables ?? null]),
    );
    return context;
  };

  const visible = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => {
      const formatted = formatError(error.toJSON(), error);
      if (formatted.extensions?.['code'] === ErrorCode.InternalServerError)
        options.logger.error({ err: error.originalError ?? error }, 'subscription event failed');
      return formatted;
    });

  const cleanup = useServer(
    {
      schema: options.schema,
      subscribe: sharedEventExecution((args) => operations.get(args.contextValue as object) ?? randomUUID()),
      onSubscribe: (context, _id, payload) => {
        // graphql-ws has already counted the new subscription in.
        if (Object.keys(context.subscriptions).length > options.maxSubscriptionsPerConnection)
          return [new TooManySubscriptionsError(options.maxSubscriptionsPerConnection)];
        const checked = checkSubscription(options.schema, rules, options.limits.tokens, payload);
        if (!('kind' in checked)) return [...checked];
        return {
          schema: options.schema,
          document: checked,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextFor(payload),
        };
      },
      onNext: (_context, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: visible(result.errors) } : undefined,
      onError: (_context, _id, _payload, errors) => visible(errors),
    },
    server,
  );

  return {
    handleUpgrade(request, socket, head) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path !== '/graphql' && path !== '/graphql/')
        return refuseUpgrade(socket, 404, 'NOT_FOUND', 'WebSocket connections are served at /graphql.');
      if (closing) return refuseUpgrade(socket, 503, 'SERVICE_UNAVAILABLE', 'The server is shutting down.');
      if (!isAllowedOrigin(request, options.corsOrigins))
        return refuseUpgrade(
          socket,
          403,
          'FORBIDDEN',
          'Pages of this origin may not subscribe here (CORS_ORIGINS).',
        );
      const address = request.socket.remoteAddress ?? 'unknown';
      if (!perAddress.tryAcquire(address))
        return refuseUpgrade(
          socket,
          429,
          'TOO_MANY_CONNECTIONS',
          `An address may hold at most ${options.maxConnectionsPerAddress} WebSocket connections (MAX_WS_CONNECTIONS_PER_IP).`,
        );
      // The raw socket closes however the connection ends, a refused handshake included.
      socket.once('close', () => perAddress.release(address));
      server.handleUpgrade(request, socket, head, (client) => server.emit('connection', client, request));
    },
    async close() {
      closing = true;
      const clients = [...server.clients];
      const cut = setTimeout(() => clients.forEach((client) => client.terminate()), CLOSE_HANDSHAKE_MS);
      await cleanup.dispose();
      clearTimeout(cut);
    },
  };
}

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { buildQuoteGraphSchema, createQuoteGraphDataSource, RELATIONS } from './composition';
import { createNotificationListener, type NotificationListener } from './db/notification-listener';
import { primaryUrl } from './db/primary-url';
import { ReadRouter, replicaName } from './db/replicas';
import { createApolloServer } from './graphql/apollo-server';
import { createHttpServer } from './http/create-http-server';
import { exportQuotesHandler } from './http/export-quotes';
import { graphqlHandler } from './http/graphql-handler';
import { createProductionSurface } from './production-surface';
import { createLiveUpdates, type LiveUpdates } from './live-updates';

/** A running API: its URL and how to stop it gracefully. */
export interface RunningApp {
  readonly url: string;
  readonly httpServer: Server;
  /** Subscriptions: the PubSub and the WebSocket endpoint. */
  readonly live: LiveUpdates;
  /** The process's one LISTEN connection to the primary, shared by live updates and the HTTP cache. */
  readonly listener: NotificationListener;
  /** Stops accepting, lets in-flight requests finish (however long they take), then stops Apollo. */
  close(): Promise<void>;
  /** Ends every open connection at once, requests in flight included: what a shutdown deadline does. */
  cutConnections(): void;
}

/** What the API needs to run. */
export interface AppOptions {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  apiToken: string;
}

/**
 * Given the primary and the configuration, returns the router that sends reads to the replicas of
 * `DATABASE_REPLICA_URLS` once it has polled them, or null when there are none. A replica's pool
 * opens on its first good poll, so one that is down at start-up joins when it comes up.
 */
async function startReadRouter(options: AppOptions): Promise<ReadRouter | null> {
  const { config, dataSource, logger } = options;
  if (config.replicaUrls.length === 0) return null;
  const router = new ReadRouter({
    primary: dataSource,
    replicas: config.replicaUrls.map((url) => ({
      name: replicaName(url),
      open: async () => {
        const replica = createQuoteGraphDataSource({
          url,
          poolSize: config.dbPoolSize,
          onProblem: (message, detail) => logger.warn(detail, message),
        });
        // A hot standby refuses writes: nothing is migrated or installed there; it follows the primary.
        return replica.initialize();
      },
    })),
    maxLagMs: config.replicaMaxLagMs,
    pollMs: config.replicaPollMs,
    logger,
  });
  await router.start();
  return router;
}

/** Given a migrated database and the configuration, builds the schema and serves the API; resolves once listening. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, dataSource, logger } = options;
  // One per process: every feature that waits for a notification subscribes to it.
  const listener = createNotificationListener({ url: primaryUrl(dataSource), logger });
  const surface = await createProductionSurface(config, dataSource, listener, logger);
  const readRouter = await startReadRouter(options);
  const live = createLiveUpdates({ config, dataSource, listener, logger });
  const schema = await buildQuoteGraphSchema(live.pubSub.pubSub);
  const apollo = createApolloServer({
    schema,
    registry: RELATIONS,
    limits: config.limits,
    compileQueries: config.compileQueries,
    compactRequestLog: config.env === 'development',
    plugins: surface.apolloPlugins,
  });
  await apollo.start();
  const httpServer = createHttpServer({
    dataSource,
    ...(readRouter ? { replicaStatus: () => readRouter.status() } : {}),
    logger,
    corsOrigins: config.corsOrigins,
    metrics: surface.metricsRoute,
    exportQuotes: surface.limitRequests(
      exportQuotesHandler({
        apollo,
        dataSource,
        readRouter,
        registry: RELATIONS,
        logger,
        maxArticleBytes: config.maxArticleBytes,
      }),
    ),
    graphql: surface.limitRequests(
      graphqlHandler({
        apollo,
        dataSource,
        readRouter,
        registry: RELATIONS,
        logger,
        apiToken: options.apiToken,
        maxBodyBytes: config.maxBodyBytes,
        maxArticleBytes: config.maxArticleBytes,
        exposeStatementCount: config.exposeSqlStatementCount,
        httpCache: surface.httpCache,
      }),
    ),
  });
  await live.start(schema, httpServer);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    // A port that cannot be had fails the start: the LISTEN connection must not keep the process alive.
    await live.close();
    surface.close();
    await listener.close();
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    live,
    listener,
    close: async () => {
      // WebSockets first: an upgraded socket keeps the HTTP server from closing, and subscribers
      // told "going away" (1001) reconnect to another process while this one finishes its requests.
      await live.close();
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      // A keep-alive connection turns idle when its in-flight request ends: closing it then, rather
      // than after the keep-alive timeout, lets shutdown end as soon as the last request is answered.
      const sweep = setInterval(() => httpServer.closeIdleConnections(), 100);
      await closed;
      clearInterval(sweep);
      await apollo.stop();
      surface.close();
      await listener.close();
      await readRouter?.close();
    },
    cutConnections: () => httpServer.closeAllConnections(),
  };
}

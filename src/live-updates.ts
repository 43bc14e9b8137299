import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { RELATIONS, startLiveFeeds } from './composition';
import type { NotificationListener } from './db/notification-listener';
import { BatchLoaders } from './graphql/subscriptions/batch-loaders';
import { createLivePubSub, type LivePubSub } from './graphql/subscriptions/live-pub-sub';
import { createGraphQLWebSocketServer } from './graphql/subscriptions/websocket-server';

/** Subscriptions of one API process: its PubSub and, once started, its WebSocket endpoint and new-quote feed. */
export interface LiveUpdates {
  /** What the schema's subscriptions read (give it to buildSchema before `start`). */
  readonly pubSub: LivePubSub;
  /** Given the schema and the HTTP server, serves `ws://HOST/graphql` and listens for new quotes; resolves once listening. */
  start(schema: GraphQLSchema, httpServer: Server): Promise<void>;
  /** Closes every subscriber's socket (1001), then stops the feed (the listener itself belongs to the app). */
  close(): Promise<void>;
}

/**
 * Given the configuration, the database and the process's notification listener, returns the live
 * updates of this process, not yet started.
 */
export function createLiveUpdates(options: {
  config: Config;
  dataSource: DataSource;
  listener: NotificationListener;
  logger: Logger;
}): LiveUpdates {
  const { config, dataSource, listener, logger } = options;
  const pubSub = createLivePubSub();
  const loaders = new BatchLoaders(dataSource, RELATIONS);
  let stop: (() => Promise<void>) | null = null;
  return {
    pubSub,
    async start(schema, httpServer) {
      const webSockets = createGraphQLWebSocketServer({
        schema,
        dataSource,
        loaders,
        logger,
        limits: config.limits,
        corsOrigins: config.corsOrigins,
        maxPayloadBytes: config.live.maxPayloadBytes,
        maxSubscriptionsPerConnection: config.live.maxSubscriptionsPerConnection,
        maxConnectionsPerAddress: config.live.maxConnectionsPerIp,
        maxArticleBytes: config.maxArticleBytes,
      });
      httpServer.on('upgrade', (request, socket, head) => webSockets.handleUpgrade(request, socket, head));
      const stopFeeds = await startLiveFeeds({ dataSource, listener, live: pubSub, loaders, logger });
      stop = async () => {
        await webSockets.close();
        await stopFeeds();
      };
    },
    async close() {
      await stop?.();
    },
  };
}

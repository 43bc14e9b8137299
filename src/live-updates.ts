import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { RELATIONS, startLiveFeeds } from './composition';
import { createNotificationListener, type NotificationListener } from './db/notification-listener';
import { primaryUrl } from './db/primary-url';
import { BatchLoaders } from './graphql/subscriptions/batch-loaders';
import { createLivePubSub, type LivePubSub } from './graphql/subscriptions/live-pub-sub';
import { createGraphQLWebSocketServer } from './graphql/subscriptions/websocket-server';

/** Subscriptions of one API process: its PubSub, its LISTEN connection and, once started, its WebSocket endpoint. */
export interface LiveUpdates {
  /** What the schema's subscriptions read (give it to buildSchema before `start`). */
  readonly pubSub: LivePubSub;
  /** The process's one LISTEN connection to the primary; other features may subscribe to it too. */
  readonly listener: NotificationListener;
  /** Given the schema and the HTTP server, serves `ws://HOST/graphql` and listens for new quotes; resolves once listening. */
  start(schema: GraphQLSchema, httpServer: Server): Promise<void>;
  /** Closes every subscriber's socket (1001), stops the feed, then the LISTEN connection. */
  close(): Promise<void>;
}

/** Given the configuration and the database, returns the live updates of this process, not yet started. */
export function createLiveUpdates(options: {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
}): LiveUpdates {
  const { config, dataSource, logger } = options;
  const pubSub = createLivePubSub();
  const listener = createNotificationListener({ url: primaryUrl(dataSource), logger });
  const loaders = new BatchLoaders(dataSource, RELATIONS);
  let stop: (() => Promise<void>) | null = null;
  return {
    pubSub,
    listener,
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
      await listener.close();
    },
  };
}

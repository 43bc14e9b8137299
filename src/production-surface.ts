import type { ApolloServerPlugin } from '@apollo/server';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { NotificationListener } from './db/notification-listener';
import type { RequestContext } from './graphql/context';
import {
  cacheControlPlugin,
  createHttpCache,
  followDataChanges,
  sharedGeneration,
  type HttpCache,
} from './http-cache';
import { metricsHandler } from './http/metrics-endpoint';
import { createAppMetrics, type AppMetrics } from './metrics/app-metrics';
import { metricsPlugin } from './metrics/metrics-plugin';
import { createRateLimiter, limitRequests, writeLimitPlugin, type RouteHandler } from './rate-limit';

/** The root mutations that ingest one article (counted by outcome in the metrics). */
const INGEST_FIELDS = ['ingestArticle'];

/** What a running app adds around its API: metrics, rate limits and HTTP caching. */
export interface ProductionSurface {
  readonly metrics: AppMetrics;
  /** The Apollo plugins that count, limit mutations and set cache headers. */
  readonly apolloPlugins: readonly ApolloServerPlugin<RequestContext>[];
  /** ETags and 304s for GET queries; undefined when HTTP_CACHE_MAX_AGE is 0. */
  readonly httpCache: HttpCache | undefined;
  /** The `/metrics` handler. */
  readonly metricsRoute: ReturnType<typeof metricsHandler>;
  /** Given a route, returns it behind the per-address request limit (itself when the limit is off). */
  limitRequests(route: RouteHandler): RouteHandler;
  /** Stops following data changes (the listener itself belongs to the app). */
  close(): void;
}

/** Given a TypeORM data source on Postgres, returns the `pg` pool it runs statements on (the primary's). */
function primaryPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

/**
 * Given the configuration, the initialised data source, the process's notification listener and
 * the logger, builds the app's metrics registry, its rate limiters (counting in Postgres, on the
 * app's own pool), and, unless HTTP_CACHE_MAX_AGE is 0, the ETag cache, told by the listener's
 * `data_changed` channel when any process wrote.
 */
export async function createProductionSurface(
  config: Config,
  dataSource: DataSource,
  listener: NotificationListener,
  logger: Logger,
): Promise<ProductionSurface> {
  const pool = primaryPool(dataSource);
  const metrics = createAppMetrics(() => pool);
  const reads = createRateLimiter(pool, 'reads', config.rateLimits.readsPerMinute);
  const writes = createRateLimiter(pool, 'writes', config.rateLimits.writesPerMinute);
  const generation = sharedGeneration();
  const caching = config.httpCacheMaxAge > 0;
  const stopFollowing = caching ? await followDataChanges(listener, generation, logger) : null;
  return {
    metrics,
    apolloPlugins: [
      metricsPlugin(metrics, { ingestFields: INGEST_FIELDS }),
      ...(writes ? [writeLimitPlugin(writes, () => metrics.rateLimited.inc({ limit: 'writes' }))] : []),
      cacheControlPlugin(config.httpCacheMaxAge, generation),
    ],
    httpCache: caching
      ? createHttpCache({ generation, onRevalidation: (result) => metrics.httpCache.inc({ result }) })
      : undefined,
    metricsRoute: metricsHandler(metrics.registry, config.metricsToken),
    limitRequests: (route) =>
      limitRequests(route, {
        limiter: reads,
        trustedHops: config.trustProxyHops,
        onRefused: () => metrics.rateLimited.inc({ limit: 'reads' }),
      }),
    close: () => stopFollowing?.(),
  };
}

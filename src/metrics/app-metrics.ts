import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How a GraphQL operation ended, as the request counter labels it. */
export type OperationOutcome = 'ok' | 'client_error' | 'server_error' | 'rate_limited';

/** Which path answered a read query: one compiled SQL statement, or the resolvers with their loaders. */
export type QueryPath = 'compiled' | 'resolvers';

/** What ingesting one article came to. */
export type IngestOutcome = 'created' | 'updated' | 'unchanged' | 'failed';

/** The counts of a connection pool at one instant (node-postgres names). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Every metric one running app exposes at `/metrics`, in a registry of its own. */
export interface AppMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestDuration: Histogram<'operation'>;
  readonly queryPaths: Counter<'path'>;
  readonly articlesIngested: Counter<'outcome'>;
  readonly rateLimited: Counter<'limit'>;
  readonly httpCache: Counter<'result'>;
}

/**
 * Given a way to read the database pool's counts, returns a fresh registry with the app's metrics
 * and Node's own (CPU, memory, event-loop delay, GC). A registry per app, not prom-client's global
 * one: several apps in one process (tests, a worker beside the API) must not count into each other.
 */
export function createAppMetrics(poolCounts: () => PoolCounts | null): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'quote_graph_db_pool_connections',
    help: 'Connections of the database pool by state: in_use (running a statement), idle, and waiting (requests queued for a connection).',
    labelNames: ['state'],
    registers,
    collect() {
      const counts = poolCounts();
      if (!counts) return;
      this.set({ state: 'in_use' }, counts.totalCount - counts.idleCount);
      this.set({ state: 'idle' }, counts.idleCount);
      this.set({ state: 'waiting' }, counts.waitingCount);
    },
  });
  return {
    registry,
    requests: new Counter({
      name: 'quote_graph_graphql_requests_total',
      help: 'GraphQL operations by operation name and outcome (ok, client_error, server_error, rate_limited).',
      labelNames: ['operation', 'outcome'],
      registers,
    }),
    requestDuration: new Histogram({
      name: 'quote_graph_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its answer being ready, by operation name.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    queryPaths: new Counter({
      name: 'quote_graph_query_executions_total',
      help: 'Read queries by the path that answered them: compiled (one SQL statement) or resolvers (the fallback).',
      labelNames: ['path'],
      registers,
    }),
    articlesIngested: new Counter({
      name: 'quote_graph_articles_ingested_total',
      help: 'Articles sent to ingestArticle through this server, by outcome: created, updated, unchanged or failed.',
      labelNames: ['outcome'],
      registers,
    }),
    rateLimited: new Counter({
      name: 'quote_graph_rate_limited_total',
      help: 'Requests refused with 429, by the limit they broke (reads per address, writes per token).',
      labelNames: ['limit'],
      registers,
    }),
    httpCache: new Counter({
      name: 'quote_graph_http_cache_total',
      help: 'GET queries carrying If-None-Match, by result: not_modified_cached (304, nothing run), not_modified_rerun (304 after running it), changed (200).',
      labelNames: ['result'],
      registers,
    }),
  };
}

import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .transform((text) =>
      text
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .refine((urls) => urls.every((url) => /^postgres(ql)?:\/\//.test(url)), {
      message: 'must be comma-separated postgres:// or postgresql:// URLs',
    }),
  REPLICA_MAX_LAG_MS: positiveInt(5_000),
  REPLICA_POLL_MS: positiveInt(1_000),
  DATA_DIR: z.string().min(1).default('.data'),
  API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_SIZE: positiveInt(10),
  SEED_SAMPLE_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
  MAX_BODY_BYTES: positiveInt(1_000_000),
  MAX_ARTICLE_BYTES: positiveInt(200_000),
  MAX_DEPTH: positiveInt(8),
  MAX_ALIASES: positiveInt(15),
  MAX_COST: positiveInt(25_000),
  MAX_TOKENS: positiveInt(2_000),
  MAX_DIRECTIVES: positiveInt(10),
  CORS_ORIGINS: z.string().default(''),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt(20),
  MAX_WS_CONNECTIONS_PER_IP: positiveInt(100),
  MAX_WS_PAYLOAD_BYTES: positiveInt(65_536),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10_000),
  EXPOSE_SQL_STATEMENT_COUNT: z.enum(['true', 'false']).default('false'),
  COMPILE_QUERIES: z.enum(['true', 'false']).default('true'),
  // Production surface: metrics, traces, rate limits, HTTP caching.
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  RATE_LIMIT_READS_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2})$/, 'must be true, false or the number of proxies in front (0-99)')
    .default('false'),
  HTTP_CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
});

/** Given TRUST_PROXY's text, returns how many proxies in front of the server append to X-Forwarded-For. */
function trustedProxyHops(value: string): number {
  if (value === 'true') return 1;
  if (value === 'false') return 0;
  return Number(value);
}

/** The server's configuration, parsed once from the environment and frozen. */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  /** An external Postgres; when absent the server runs an embedded one under `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** Hot standbys of `databaseUrl` that serve read queries; empty: the primary serves everything. */
  readonly replicaUrls: readonly string[];
  /** A replica further behind the primary than this is skipped until it catches up. */
  readonly replicaMaxLagMs: number;
  /** How often replicas' replay positions (and so their lag) are read. */
  readonly replicaPollMs: number;
  readonly dataDir: string;
  readonly apiToken: string | undefined;
  readonly logLevel: string;
  readonly dbPoolSize: number;
  readonly seedSampleData: 'auto' | 'always' | 'never';
  readonly maxBodyBytes: number;
  readonly maxArticleBytes: number;
  readonly limits: Readonly<{
    depth: number;
    aliases: number;
    cost: number;
    tokens: number;
    directives: number;
  }>;
  readonly corsOrigins: readonly string[];
  /** Limits of GraphQL over WebSocket (subscriptions). */
  readonly live: Readonly<{
    /** Subscriptions one connection may hold at once. */
    maxSubscriptionsPerConnection: number;
    /** Open WebSocket connections one client address may hold. */
    maxConnectionsPerIp: number;
    /** The largest message a client may send, in bytes. */
    maxPayloadBytes: number;
  }>;
  /**
   * How long a SIGTERM/SIGINT shutdown may take in all: in-flight requests, the pool, the embedded
   * Postgres. Past it, connections are cut and the process exits non-zero.
   */
  readonly shutdownTimeoutMs: number;
  /** Adds `x-sql-statements` to GraphQL responses: the SQL statements a request cost (benchmarks). */
  readonly exposeSqlStatementCount: boolean;
  /** Answers read queries with one SQL statement compiled from the whole query (off: resolvers only). */
  readonly compileQueries: boolean;
  /** When set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`. */
  readonly metricsToken: string | undefined;
  /** Where OpenTelemetry traces go (OTLP over HTTP); unset, tracing is not even loaded. */
  readonly otlpEndpoint: string | undefined;
  /** Requests a minute per client address, and mutations a minute per API token; 0 turns a limit off. */
  readonly rateLimits: Readonly<{ readsPerMinute: number; writesPerMinute: number }>;
  /** Proxies in front that append to `X-Forwarded-For`; 0: the socket's address is the client. */
  readonly trustProxyHops: number;
  /** `max-age` of GET query answers, in seconds; 0 turns HTTP caching (and ETags) off. */
  readonly httpCacheMaxAge: number;
}

/** Raised when an environment variable has a value the server cannot use; lists every bad value. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Given an environment (usually `process.env`), returns the typed, frozen configuration, or throws
 * a `ConfigError` naming each variable whose value is unusable. Empty strings count as unset.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  if (values.DATABASE_REPLICA_URLS.length > 0 && values.DATABASE_URL === undefined) {
    // A standby follows a primary it can reach at a fixed address; the embedded one has none.
    throw new ConfigError(['DATABASE_REPLICA_URLS: needs DATABASE_URL, the primary the replicas follow']);
  }
  return Object.freeze({
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    replicaUrls: Object.freeze(values.DATABASE_REPLICA_URLS),
    replicaMaxLagMs: values.REPLICA_MAX_LAG_MS,
    replicaPollMs: values.REPLICA_POLL_MS,
    dataDir: values.DATA_DIR,
    apiToken: values.API_TOKEN,
    logLevel: values.LOG_LEVEL,
    dbPoolSize: values.DB_POOL_SIZE,
    seedSampleData: values.SEED_SAMPLE_DATA,
    maxBodyBytes: values.MAX_BODY_BYTES,
    maxArticleBytes: values.MAX_ARTICLE_BYTES,
    limits: Object.freeze({
      depth: values.MAX_DEPTH,
      aliases: values.MAX_ALIASES,
      cost: values.MAX_COST,
      tokens: values.MAX_TOKENS,
      directives: values.MAX_DIRECTIVES,
    }),
    corsOrigins: Object.freeze(
      values.CORS_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
    live: Object.freeze({
      maxSubscriptionsPerConnection: values.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxConnectionsPerIp: values.MAX_WS_CONNECTIONS_PER_IP,
      maxPayloadBytes: values.MAX_WS_PAYLOAD_BYTES,
    }),
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    exposeSqlStatementCount: values.EXPOSE_SQL_STATEMENT_COUNT === 'true',
    compileQueries: values.COMPILE_QUERIES === 'true',
    metricsToken: values.METRICS_TOKEN,
    otlpEndpoint: values.OTEL_EXPORTER_OTLP_ENDPOINT,
    rateLimits: Object.freeze({
      readsPerMinute: values.RATE_LIMIT_READS_PER_MINUTE,
      writesPerMinute: values.RATE_LIMIT_WRITES_PER_MINUTE,
    }),
    trustProxyHops: trustedProxyHops(values.TRUST_PROXY),
    httpCacheMaxAge: values.HTTP_CACHE_MAX_AGE,
  });
}

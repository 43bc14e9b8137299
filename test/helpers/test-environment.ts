import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, inject } from 'vitest';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createQuoteGraphDataSource } from '../../src/composition';
import { ensureDatabase } from '../../src/db/ensure-database';
import { SAMPLE_ARTICLES } from '../../src/seed/sample-articles';

/** A GraphQL response as a test sees it: the HTTP status, the body and the headers. */
export interface GraphQLResult<TData = Record<string, unknown>> {
  status: number;
  data: TData | null;
  errors: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] | undefined;
  headers: Headers;
  /** SQL statements the request cost, counted where TypeORM hands them to the driver. */
  statements: number;
}

/** A running API on its own fresh, migrated database, and a typed client for it. */
export interface TestEnvironment {
  readonly app: RunningApp;
  readonly url: string;
  readonly apiToken: string;
  readonly databaseUrl: string;
  readonly dataSource: DataSource;
  /**
   * Sends a GraphQL operation over HTTP POST, accepting `application/graphql-response+json`; `token: null` sends no Authorization header, `url`
   * sends it to another server (e.g. one from startExtraApp) instead of this one.
   */
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; url?: string },
  ): Promise<GraphQLResult<TData>>;
  /** Ingests an article through the API and returns its id and whether it was new. */
  ingest(article: {
    title: string;
    body: string;
    url?: string;
    source?: string;
    dateline?: string;
    publishedAt?: string;
  }): Promise<{ id: string; created: boolean }>;
  close(): Promise<void>;
}

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id } }
}`;

/**
 * Given configuration overrides, creates a database of its own on the test Postgres server, runs
 * the migrations, starts the real server on a free port and returns it with a client.
 */
export async function createTestEnvironment(
  overrides: Record<string, string> = {},
): Promise<TestEnvironment> {
  const adminUrl = inject('adminDatabaseUrl');
  const databaseName = `quote_graph_test_${randomBytes(6).toString('hex')}`;
  const databaseUrl = await ensureDatabase(adminUrl, databaseName);
  const apiToken = randomBytes(24).toString('hex');
  const config: Config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    API_TOKEN: apiToken,
    DATABASE_URL: databaseUrl,
    EXPOSE_SQL_STATEMENT_COUNT: 'true',
    // Tests send thousands of requests from one address; the limits have tests of their own.
    RATE_LIMIT_READS_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    ...overrides,
  });
  const dataSource = createQuoteGraphDataSource({ url: databaseUrl, poolSize: config.dbPoolSize });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const app = await startApp({
    config,
    dataSource,
    logger: pino({ level: 'silent' }),
    apiToken,
  });

  const graphql: TestEnvironment['graphql'] = async (query, variables = {}, options = {}) => {
    const token = options.token === undefined ? apiToken : options.token;
    const response = await fetch(options.url ?? app.url, {
      method: 'POST',
      // The GraphQL-over-HTTP media type, whose clients read the status: a refused operation is a 400.
      // (`application/json` clients get 200 with the errors, as the spec asks; the audits test that.)
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLResult['errors'] };
    return {
      status: response.status,
      data: (body.data ?? null) as never,
      errors: body.errors,
      headers: response.headers,
      statements: Number(response.headers.get('x-sql-statements') ?? NaN),
    };
  };

  return {
    app,
    url: app.url,
    apiToken,
    databaseUrl,
    dataSource,
    graphql,
    async ingest(article) {
      const result = await graphql<{ ingestArticle: { created: boolean; article: { id: string } } }>(INGEST, {
        input: article,
      });
      if (!result.data) throw new Error(`ingest failed: ${JSON.stringify(result.errors)}`);
      return { id: result.data.ingestArticle.article.id, created: result.data.ingestArticle.created };
    },
    async close() {
      await app.close();
      await dataSource.destroy();
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Given an environment, ingests every sample article of the project through the API (throws on a failure). */
export async function ingestSampleArticles(env: TestEnvironment): Promise<void> {
  for (const article of SAMPLE_ARTICLES) {
    await env.ingest({
      title: article.title,
      body: article.body,
      url: article.url ?? undefined,
      source: article.source ?? undefined,
      dateline: article.dateline ?? undefined,
      publishedAt: article.publishedAt?.toISOString(),
    });
  }
}

/**
 * Given configuration overrides and optional set-up, gives a describe block its own running
 * environment: made before its tests (then `prepare` runs, e.g. to ingest fixtures) and closed after.
 * The returned object is filled in by the time the tests run.
 */
export function useTestEnvironment(
  overrides: Record<string, string> = {},
  prepare: (env: TestEnvironment) => Promise<unknown> = async () => undefined,
): TestEnvironment {
  const env = {} as TestEnvironment;
  beforeAll(async () => {
    Object.assign(env, await createTestEnvironment(overrides));
    await prepare(env);
  });
  afterAll(async () => {
    await env.close?.();
  });
  return env;
}

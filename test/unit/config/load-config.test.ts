import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config';

describe('loadConfig', () => {
  it('gives the documented defaults when nothing is set, and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      dataDir: '.data',
      maxBodyBytes: 1_000_000,
      maxArticleBytes: 200_000,
      limits: { depth: 8, aliases: 15, cost: 25_000, tokens: 2_000, directives: 10 },
      corsOrigins: [],
      shutdownTimeoutMs: 10_000,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad value in one error', () => {
    let thrown: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', API_TOKEN: 'short', MAX_DEPTH: '0' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const problems = (thrown as ConfigError).problems.join('\n');
    for (const variable of ['PORT', 'DATABASE_URL', 'API_TOKEN', 'MAX_DEPTH'])
      expect(problems).toContain(variable);
  });

  it('reads SHUTDOWN_TIMEOUT_MS as a positive number of milliseconds, and no longer the old SHUTDOWN_GRACE_MS', () => {
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '2500' }).shutdownTimeoutMs).toBe(2_500);
    expect(loadConfig({ SHUTDOWN_GRACE_MS: '2500' }).shutdownTimeoutMs).toBe(10_000);
    for (const bad of ['0', '-5', 'soon', '1.5'])
      expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: bad }), bad).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });

  it('splits CORS origins on commas', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });

  it('gives the production surface its documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      metricsToken: undefined,
      otlpEndpoint: undefined,
      rateLimits: { readsPerMinute: 600, writesPerMinute: 60 },
      trustProxyHops: 0,
      httpCacheMaxAge: 60,
    });
  });

  it('reads TRUST_PROXY as true, false or a number of proxies, and 0 as a limit turned off', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxyHops).toBe(0);
    expect(loadConfig({ RATE_LIMIT_READS_PER_MINUTE: '0' }).rateLimits.readsPerMinute).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ RATE_LIMIT_WRITES_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_WRITES_PER_MINUTE/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('reads replica URLs split on commas, and refuses them without a primary or when they are not Postgres URLs', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://primary/db',
      DATABASE_REPLICA_URLS: 'postgres://r1/db, postgresql://r2/db',
      REPLICA_MAX_LAG_MS: '2500',
    });
    expect(config).toMatchObject({
      replicaUrls: ['postgres://r1/db', 'postgresql://r2/db'],
      replicaMaxLagMs: 2500,
      replicaPollMs: 1000,
    });
    expect(loadConfig({}).replicaUrls).toEqual([]);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/db' })).toThrow(/needs DATABASE_URL/);
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://primary/db', DATABASE_REPLICA_URLS: 'mysql://r1/db' }),
    ).toThrow(/DATABASE_REPLICA_URLS/);
  });
});

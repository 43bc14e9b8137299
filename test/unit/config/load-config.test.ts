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
});

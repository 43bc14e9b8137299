import { Writable } from 'node:stream';
import pino from 'pino';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { TestEnvironment } from './test-environment';

/** One line of the server's JSON log. */
export interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  reason?: string;
  err?: { message?: string };
}

/**
 * Given a test environment and configuration overrides, starts a second server on the same
 * database with that configuration, and returns it with the lines it logs (level info and up, or
 * `LOG_LEVEL` when the overrides set it).
 */
export async function startExtraApp(
  env: TestEnvironment,
  overrides: Record<string, string> = {},
): Promise<{ app: RunningApp; lines: LogLine[] }> {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    API_TOKEN: env.apiToken,
    DATABASE_URL: env.databaseUrl,
    // Tests send thousands of requests from one address; the limits have tests of their own.
    RATE_LIMIT_READS_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    ...overrides,
  });
  const app = await startApp({
    config,
    dataSource: env.dataSource,
    logger: pino({ level: overrides['LOG_LEVEL'] ?? 'info' }, sink),
    apiToken: env.apiToken,
  });
  return { app, lines };
}

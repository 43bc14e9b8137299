import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/open-database';
import { createLogger } from './logging/logger';
import { seedSampleDataIfWanted } from './seed/seed-sample-data';

/** Start-up only: configuration, database, sample data, server, and a graceful shutdown on signals. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, config.env);
  const database = await openDatabase(config, logger);
  await seedSampleDataIfWanted(database, config, logger);
  let apiToken = config.apiToken;
  if (!apiToken) {
    apiToken = randomBytes(24).toString('base64url');
    // Printed once, on purpose: without API_TOKEN this is the only way to learn the token.
    process.stdout.write(`\nAPI_TOKEN was not set; mutations need this token for this run:\n  ${apiToken}\n\n`);
  }
  const app = await startApp({ config, dataSource: database.dataSource, logger, apiToken });
  logger.info({ url: app.url, embeddedDatabase: database.embedded }, `Quote Graph is serving ${app.url}`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    await database.close();
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Quote Graph failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

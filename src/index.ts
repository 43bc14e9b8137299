import 'reflect-metadata';
// First: when tracing is on, it must start before `http`, `pg` and graphql are loaded.
import { tracing } from './tracing/register';
import { startApp } from './app';
import { describeFailure, parseCommandLine, UsageError } from './cli';
import { loadConfig } from './config';
import { openQuoteGraphDatabase } from './composition';
import { resolveApiToken, type ApiToken } from './lifecycle/api-token';
import { assertPortFree } from './lifecycle/assert-port-free';
import { createShutdown, shutDownOnSignals } from './lifecycle/shutdown';
import { createLogger } from './logging/logger';
import { seedSampleDataIfWanted } from './seed/seed-sample-data';

const USAGE = `Usage: npm start

Serves the API at http://localhost:4000/graphql and the newsroom explorer at http://localhost:4000/.
Without DATABASE_URL it runs an embedded PostgreSQL under DATA_DIR (default .data), migrated, with
the sample articles on first start. Every setting is an environment variable: see .env.example.
SIGTERM or SIGINT stops it within SHUTDOWN_TIMEOUT_MS (default 10000).

  --help   this text`;

/** Given where the token came from, returns what to tell the user at start: never the token in production. */
function tokenNotice(apiToken: ApiToken, production: boolean): string | null {
  if (apiToken.source === 'env') return null;
  if (apiToken.source === 'file')
    return production
      ? `Mutations need the API_TOKEN kept in ${apiToken.file}.`
      : `Mutations need this API_TOKEN (kept in ${apiToken.file}):\n  ${apiToken.token}`;
  return production
    ? 'API_TOKEN is not set: mutations are refused until it is (16+ characters).'
    : `API_TOKEN is not set; mutations need this token, for this run only:\n  ${apiToken.token}`;
}

/** Start-up only: configuration, database, sample data, server, and a graceful shutdown on signals. */
async function main(): Promise<void> {
  if (parseCommandLine(process.argv.slice(2), {}).help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  await assertPortFree(config.host, config.port);
  const logger = createLogger(config.logLevel, config.env);
  let shutDown: ((reason: string, failed?: boolean) => void) | undefined;
  const database = await openQuoteGraphDatabase(config, logger, {
    // A supervisor restarts a process that exits non-zero; a server without its database cannot serve.
    onDatabaseLost: (reason) => {
      logger.fatal({ reason }, 'database lost');
      if (shutDown) shutDown('database lost', true);
      else process.exit(1);
    },
  });
  try {
    await seedSampleDataIfWanted(database, config, logger);
    const apiToken = await resolveApiToken(config);
    const app = await startApp({ config, dataSource: database.dataSource, logger, apiToken: apiToken.token });
    shutDown = createShutdown({
      app,
      database,
      logger,
      timeoutMs: config.shutdownTimeoutMs,
      flush: async () => tracing?.shutdown(),
    });
    shutDownOnSignals(shutDown);
    const notice = tokenNotice(apiToken, config.env === 'production');
    // Plain text on purpose, outside the JSON log: a person reads it once, log shippers need not.
    if (notice) process.stdout.write(`\n${notice}\n\n`);
    logger.info(
      { url: app.url, embeddedDatabase: database.embedded, apiTokenFile: apiToken.file ?? null },
      `Quote Graph is serving ${app.url}`,
    );
  } catch (error) {
    await database.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Quote Graph failed to start: ${describeFailure(error)}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});

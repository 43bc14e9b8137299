import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource, type DataSourceOptions } from './data-source';
import { ensureDatabase } from './ensure-database';
import { superviseEmbeddedPostgres } from './supervise-embedded-postgres';

/** A database (migrated unless asked not to be) and how to let it go. */
export interface OpenDatabase {
  dataSource: DataSource;
  /** True when the server runs its own embedded Postgres (no DATABASE_URL). */
  embedded: boolean;
  close(): Promise<void>;
}

/** How long closing the pool may wait for clients still checked out before the server is stopped anyway. */
const POOL_CLOSE_MS = 2_000;

/** What opening may do besides the entities and migrations. */
export interface OpenDatabaseOptions extends Pick<DataSourceOptions, 'entities' | 'migrations'> {
  /** False opens without applying pending migrations (reverting must not apply what it was not asked to). */
  migrate?: boolean;
  /** Called when the embedded Postgres died and could not be restarted; unset, that is only logged. */
  onDatabaseLost?: (reason: string) => void;
}

/**
 * Given the configuration, the entities and the migrations, connects to `DATABASE_URL`, or starts the embedded Postgres under
 * `DATA_DIR` when it is unset (restarted when it dies, see superviseEmbeddedPostgres), and runs
 * pending migrations unless `migrate` is false. `close` ends the pool, then stops the
 * embedded server, in that order so no connection is cut mid-statement; a client held past
 * POOL_CLOSE_MS (a statement that never returns) does not keep the server from stopping. Closing
 * twice waits for the same close.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  { migrate = true, onDatabaseLost, ...schema }: OpenDatabaseOptions,
): Promise<OpenDatabase> {
  const embeddedServer = config.databaseUrl
    ? null
    : await superviseEmbeddedPostgres(
        config.dataDir,
        logger,
        onDatabaseLost ?? ((reason) => logger.error(reason)),
      );
  try {
    const url = config.databaseUrl ?? (await ensureDatabase(embeddedServer?.url ?? '', 'quote_graph'));
    const dataSource = createDataSource({
      url,
      ...schema,
      poolSize: config.dbPoolSize,
      onProblem: (message, detail) => logger.warn(detail, message),
    });
    await dataSource.initialize();
    // createDataSource sets migrationsTransactionMode: 'each'.
    const applied = migrate ? await dataSource.runMigrations() : [];
    if (applied.length > 0)
      logger.info({ migrations: applied.map((migration) => migration.name) }, 'migrations applied');
    let closing: Promise<void> | undefined;
    const close = async (): Promise<void> => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        dataSource.destroy(),
        new Promise((resolve) => (timer = setTimeout(resolve, POOL_CLOSE_MS))),
      ]);
      clearTimeout(timer);
      await embeddedServer?.stop();
    };
    return {
      dataSource,
      embedded: embeddedServer !== null,
      close: () => (closing ??= close()),
    };
  } catch (error) {
    await embeddedServer?.stop();
    throw error;
  }
}

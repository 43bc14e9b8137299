import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource, type DataSourceOptions } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ensureDatabase } from './ensure-database';

/** A database (migrated unless asked not to be) and how to let it go. */
export interface OpenDatabase {
  dataSource: DataSource;
  /** True when the server runs its own embedded Postgres (no DATABASE_URL). */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Given the configuration, the entities and the migrations, connects to `DATABASE_URL`, or starts the embedded Postgres under
 * `DATA_DIR` when it is unset, and runs pending migrations unless `migrate` is false (reverting must
 * not apply what it was not asked to). `close` ends the pool, then stops the
 * embedded server, in that order so no connection is cut mid-statement.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  { migrate = true, ...schema }: Pick<DataSourceOptions, 'entities' | 'migrations'> & { migrate?: boolean },
): Promise<OpenDatabase> {
  const embeddedServer = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, (message) => logger.debug({ postgres: message.trim() }));
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
    return {
      dataSource,
      embedded: embeddedServer !== null,
      close: async () => {
        await dataSource.destroy();
        await embeddedServer?.stop();
      },
    };
  } catch (error) {
    await embeddedServer?.stop();
    throw error;
  }
}

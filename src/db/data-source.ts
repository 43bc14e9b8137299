import { DataSource } from 'typeorm';
import type { MigrationInterface } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';
import { CountingLogger } from './statement-counter';

/** Statements slower than this are logged with their SQL (TypeORM's own, and compiled queries). */
export const SLOW_STATEMENT_MS = 1_000;

/** What a DataSource needs to know: where Postgres is and how to report problems. */
export interface DataSourceOptions {
  url: string;
  /** The entity classes (from the composition): TypeORM's metadata of every table. */
  entities: readonly (new () => object)[];
  /** The migrations, oldest first (from the composition). */
  migrations: readonly (new () => MigrationInterface)[];
  poolSize: number;
  onProblem?: (message: string, detail: Record<string, unknown>) => void;
}

/**
 * Given a Postgres URL and the entities, returns an uninitialised TypeORM DataSource for them and
 * the migrations. `synchronize` stays off: the schema only ever changes through migrations.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: [...options.entities],
    migrations: [...options.migrations],
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query', 'error'],
    maxQueryExecutionTime: SLOW_STATEMENT_MS,
    logger: new CountingLogger(options.onProblem ?? (() => undefined)),
    applicationName: 'quote-graph',
    extra: {
      max: options.poolSize,
      // Fail fast when Postgres is unreachable instead of queueing requests behind a dead pool.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 15_000,
    },
  });
}

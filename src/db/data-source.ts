import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming-strategy';
import { CountingLogger } from './statement-counter';

/** Statements slower than this are logged with their SQL (TypeORM's own, and compiled queries). */
export const SLOW_STATEMENT_MS = 1_000;

/** What a DataSource needs to know: where Postgres is and how to report problems. */
export interface DataSourceOptions {
  url: string;
  poolSize: number;
  onProblem?: (message: string, detail: Record<string, unknown>) => void;
}

/**
 * Given a Postgres URL, returns an uninitialised TypeORM DataSource for the application's entities
 * and migrations. `synchronize` stays off: the schema only ever changes through migrations.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
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

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

/** A tally of SQL statements sent to Postgres on behalf of one unit of work (usually a request). */
export interface StatementTally {
  statements: number;
}

const currentTally = new AsyncLocalStorage<StatementTally>();

/** Sees every SQL statement with its parameters as it is sent (plan checks, debugging). */
export type StatementObserver = (query: string, parameters: readonly unknown[]) => void;
const observers = new Set<StatementObserver>();

/** Given an observer, calls it for every statement sent from now on; returns the function that stops it. */
export function observeStatements(observer: StatementObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

/**
 * Given a function, runs it with a fresh statement tally and returns its result together with the
 * number of SQL statements it sent. Counting rides on async context, so concurrent requests do not mix.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const tally: StatementTally = { statements: 0 };
  const result = await currentTally.run(tally, work);
  return { result, statements: tally.statements };
}

/** Given a statement about to be sent, counts it into the current tally and shows it to the observers. */
export function recordStatement(query: string, parameters: readonly unknown[]): void {
  const tally = currentTally.getStore();
  if (tally) tally.statements += 1;
  for (const observer of observers) observer(query, parameters);
}

/**
 * A TypeORM logger that counts every statement TypeORM hands to the `pg` driver (including
 * BEGIN/COMMIT) into the current tally, and reports failed and slow statements to `onProblem`.
 */
export class CountingLogger implements Logger {
  constructor(private readonly onProblem: (message: string, detail: Record<string, unknown>) => void) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    recordStatement(query, parameters ?? []);
  }

  logQueryError(error: string | Error, query: string): void {
    this.onProblem('SQL statement failed', { error: error instanceof Error ? error.message : error, query });
  }

  logQuerySlow(time: number, query: string): void {
    this.onProblem('slow SQL statement', { milliseconds: time, query });
  }

  logSchemaBuild(): void {}

  logMigration(): void {}

  log(): void {}
}

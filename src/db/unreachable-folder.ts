import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Given a folder, returns the existing folders on its path (itself included, outermost first) that
 * other OS users cannot enter (no `o+x`). Run as root, the embedded Postgres works as its own
 * `postgres` user, so a cluster below such a folder (a `mkdtemp` folder, a private home) can be
 * neither created nor started, and initdb then says only "Permission denied" about the cluster.
 */
export async function foldersOthersCannotEnter(folder: string): Promise<string[]> {
  const closed: string[] = [];
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const mode = await stat(current).then(
      (stats) => stats.mode,
      () => undefined,
    );
    if (mode !== undefined && (mode & 0o001) === 0) closed.unshift(current);
    if (path.dirname(current) === current) return closed;
  }
}

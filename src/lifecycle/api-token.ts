import { randomBytes } from 'node:crypto';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config';

/** The token mutations need, and where it came from. */
export interface ApiToken {
  readonly token: string;
  /** `env`: API_TOKEN; `file`: kept in the data directory; `run`: made for this run only. */
  readonly source: 'env' | 'file' | 'run';
  /** The file that holds it, when it is kept in one. */
  readonly file?: string;
}

/** The file in DATA_DIR that keeps the generated token across starts of the embedded database. */
export const API_TOKEN_FILE = 'api-token';

const MIN_LENGTH = 16;
const generate = (): string => randomBytes(24).toString('base64url');

async function readKept(file: string): Promise<string | null> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const token = text?.trim() ?? '';
  if (token.length < MIN_LENGTH) return null;
  // Only the owner may read it; a copy left readable by others is closed again.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return token;
}

/**
 * Given the configuration, returns the API token: API_TOKEN when set; else, with the embedded
 * database, the one kept in `DATA_DIR/api-token` (made on first start, mode 0600), so a token a
 * user saved keeps working across restarts; else (an external database and no API_TOKEN) a new
 * one for this run, since there is no folder of ours to keep it in.
 */
export async function resolveApiToken(config: Config): Promise<ApiToken> {
  if (config.apiToken) return { token: config.apiToken, source: 'env' };
  if (config.databaseUrl) return { token: generate(), source: 'run' };
  const file = path.join(config.dataDir, API_TOKEN_FILE);
  const kept = await readKept(file);
  if (kept) return { token: kept, source: 'file', file };
  const token = generate();
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  return { token, source: 'file', file };
}

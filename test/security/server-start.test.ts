import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../helpers/run-process';
import { compileServer, type CompiledServer } from './helpers/compile-server';
import { startServerProcess, type ServerProcess } from './helpers/server-process';

const DELETE = 'mutation { deleteArticle(id: "QXJ0aWNsZToxMjM0NTY3") }';

/** Given a server and a token, returns the answer to a mutation that needs the token (and changes nothing). */
async function mutate(server: ServerProcess, token: string | null) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: DELETE }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
}

/** A start that fails: one line on stderr, no stack trace, nothing on stdout but npm-free silence. */
function expectOneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
  return lines[0] ?? '';
}

describe('starting the server: the kept token, and starts that fail say why in one line', () => {
  let compiled: CompiledServer;
  let dataDir: string;
  let otherDir: string;
  beforeAll(async () => {
    compiled = await compileServer();
    dataDir = await mkdtemp(path.join(tmpdir(), 'quote-graph-start-'));
    otherDir = await mkdtemp(path.join(tmpdir(), 'quote-graph-start-other-'));
    for (const folder of [dataDir, otherDir]) await chmod(folder, 0o755); // Postgres runs as its own OS user
  });
  afterAll(async () => {
    await compiled?.remove();
    for (const folder of [dataDir, otherDir]) if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('keeps the generated token in DATA_DIR/api-token (0600), says where, prints it only in development, and reuses it', async () => {
    const base = { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
    const production = await startServerProcess(compiled.entry, { ...base, NODE_ENV: 'production' });
    const file = path.join(dataDir, 'api-token');
    const token = (await readFile(file, 'utf8')).trim();
    expect(token.length).toBeGreaterThanOrEqual(16);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(production.text()).toContain(`Mutations need the API_TOKEN kept in ${file}.`);
    const serving = production.lines.find((line) => typeof line['url'] === 'string');
    expect(serving?.['apiTokenFile']).toBe(file);
    expect(JSON.stringify(production.lines) + production.text()).not.toContain(token);
    expect((await mutate(production, token)).data).toEqual({ deleteArticle: false });

    // While it runs, the same folder, its port, and a bad setting each refuse to start, in one line.
    const port = new URL(production.url).port;
    const env = { NODE_ENV: 'production', HOST: '127.0.0.1' };
    const inUse = await runProcess(process.execPath, [compiled.entry], {
      env: { ...env, DATA_DIR: dataDir, PORT: '0' },
    });
    expect(inUse.status).toBe(1);
    expect(expectOneLine(inUse.stderr)).toBe(
      `Quote Graph failed to start: ${dataDir} is in use by another server, pid ${production.child.pid} (stop it, or set another DATA_DIR)`,
    );
    const portTaken = await runProcess(process.execPath, [compiled.entry], {
      env: { ...env, DATA_DIR: otherDir, PORT: port },
    });
    expect(portTaken.status).toBe(1);
    expect(expectOneLine(portTaken.stderr)).toBe(
      `Quote Graph failed to start: port ${port} on 127.0.0.1 is in use by another program (set PORT to a free one)`,
    );
    // Checked before the database: the other folder got no cluster.
    await expect(stat(path.join(otherDir, 'postgres'))).rejects.toThrow();
    const badConfig = await runProcess(process.execPath, [compiled.entry], {
      env: { ...env, DATA_DIR: otherDir, PORT: 'eighty', SHUTDOWN_TIMEOUT_MS: '-1' },
    });
    expect(badConfig.status).toBe(1);
    const reason = expectOneLine(badConfig.stderr);
    expect(reason).toMatch(
      /^Quote Graph failed to start: invalid configuration: PORT: .*; SHUTDOWN_TIMEOUT_MS: /,
    );
    const badFlag = await runProcess(process.execPath, [compiled.entry, '--port', '80'], { env });
    expect(badFlag.status).toBe(2);
    expect(expectOneLine(badFlag.stderr)).toBe('Quote Graph failed to start: unknown option --port');

    production.child.kill('SIGTERM');
    expect((await production.exited).code).toBe(0);

    const development = await startServerProcess(compiled.entry, { ...base, NODE_ENV: 'development' });
    try {
      expect(development.text()).toContain(`Mutations need this API_TOKEN (kept in ${file}):\n  ${token}\n`);
      expect((await readFile(file, 'utf8')).trim()).toBe(token);
      expect((await mutate(development, token)).data).toEqual({ deleteArticle: false });
      expect(
        (await mutate(development, 'a-token-from-before-0123')).errors?.[0]?.extensions?.['reason'],
      ).toBe('TOKEN_WRONG');
      expect((await mutate(development, null)).errors?.[0]?.extensions?.['reason']).toBe('TOKEN_MISSING');
    } finally {
      development.child.kill('SIGTERM');
      await development.exited;
    }
  });

  // As root the embedded Postgres runs as its own OS user, which cannot enter a private (0700) folder.
  it.runIf(process.getuid?.() === 0)(
    'names the folder the postgres OS user cannot enter, instead of initdb\'s bare "Permission denied"',
    async () => {
      const closed = await mkdtemp(path.join(tmpdir(), 'quote-graph-start-private-'));
      try {
        const inside = path.join(closed, 'data');
        const refused = await runProcess(process.execPath, [compiled.entry], {
          env: { NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', DATA_DIR: inside },
        });
        expect(refused.status).toBe(1);
        expect(expectOneLine(refused.stderr)).toBe(
          `Quote Graph failed to start: the embedded PostgreSQL did not start: its OS user "postgres" cannot enter ${closed}; choose a DATA_DIR it can reach, or allow it in (chmod o+x ${closed})`,
        );
        await chmod(closed, 0o755);
        const allowed = await startServerProcess(compiled.entry, {
          DATA_DIR: inside,
          PORT: '0',
          HOST: '127.0.0.1',
        });
        allowed.child.kill('SIGTERM');
        expect((await allowed.exited).code).toBe(0);
      } finally {
        await rm(closed, { recursive: true, force: true });
      }
    },
  );
});

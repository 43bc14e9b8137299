import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { militaryBaseArticle } from '../helpers/sample-text';
import { compileServer, type CompiledServer } from './helpers/compile-server';
import { reportFigure } from './helpers/figures';
import { commandOf, descendantsOf, eventually, isAlive, postmasterPid } from './helpers/processes';
import { startServerProcess, type ServerCommand } from './helpers/server-process';

const ROOT = path.resolve(__dirname, '..', '..');
/** `npm start` exactly as a user types it: npm runs the package.json script through `sh -c`. */
const NPM_START: ServerCommand = { file: 'npm', args: ['start'], cwd: ROOT };
/** The first `npm start` may build dist/ (tsc on a busy machine takes a minute or more). */
const NPM_START_MS = 300_000;

const API_TOKEN = 'shutdown-test-token-0123456789';

/** Starts a POST whose body the caller finishes later: a request that stays in flight as long as the test wants. */
function slowPost(url: string, body: string) {
  const bytes = Buffer.from(body, 'utf8');
  const pending = request(url, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': bytes.length,
      authorization: `Bearer ${API_TOKEN}`,
    },
  });
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    pending.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    pending.on('error', reject);
  });
  pending.write(bytes.subarray(0, bytes.length / 2));
  return { finish: () => pending.end(bytes.subarray(bytes.length / 2)), answered };
}

describe('graceful shutdown on SIGTERM', () => {
  let compiled: CompiledServer;
  let dataDir: string;
  beforeAll(async () => {
    compiled = await compileServer();
    dataDir = await mkdtemp(path.join(tmpdir(), 'quote-graph-shutdown-'));
    await chmod(dataDir, 0o755); // the embedded Postgres runs as its own OS user
  });
  afterAll(async () => {
    await compiled?.remove();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('stops accepting, finishes the request in flight, then closes the pool and the embedded Postgres', async () => {
    const server = await startServerProcess(compiled.entry, {
      DATA_DIR: dataDir,
      API_TOKEN,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const article = militaryBaseArticle(7);
    const slow = slowPost(
      server.url,
      JSON.stringify({
        query:
          'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { title } } }',
        variables: { input: article },
      }),
    );
    // Half the body is on the wire; give the server a moment to take the request in.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const signalled = process.hrtime.bigint();
    server.child.kill('SIGTERM');
    await server.logged('shutting down: finishing in-flight requests');

    await expect(fetch(new URL('/health', server.url))).rejects.toThrow();
    slow.finish();
    const answer = await slow.answered;
    expect(answer.status, answer.text).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      data: { ingestArticle: { created: true, article: { title: article.title } } },
    });

    expect(await server.exited).toEqual({ code: 0, signal: null });
    const stoppedMs = Number(process.hrtime.bigint() - signalled) / 1e6;
    expect(server.lines.map((line) => line['msg'])).toContain('stopped cleanly');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    // Nothing was lost: the embedded cluster, started again, holds the article.
    const postgres = await startEmbeddedPostgres(dataDir);
    try {
      const client = new Client({ connectionString: postgres.url.replace(/\/postgres$/, '/quote_graph') });
      await client.connect();
      const stored = await client.query('SELECT title FROM articles');
      await client.end();
      expect(stored.rows).toEqual([{ title: article.title }]);
    } finally {
      await postgres.stop();
    }
    reportFigure(
      'SIGTERM to exit (request in flight answered, pool closed, embedded Postgres stopped)',
      `${stoppedMs.toFixed(0)} ms`,
    );
  });

  it('stops at the deadline when a request never finishes: connections cut, Postgres stopped, exit 1', async () => {
    const timeoutMs = 1_500;
    const server = await startServerProcess(compiled.entry, {
      DATA_DIR: dataDir,
      API_TOKEN,
      PORT: '0',
      HOST: '127.0.0.1',
      SHUTDOWN_TIMEOUT_MS: String(timeoutMs),
    });
    const stuck = slowPost(server.url, JSON.stringify({ query: '{ __typename }' }));
    const cut = stuck.answered.then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    const stoppedMs = Date.now() - signalled;
    expect(exit).toEqual({ code: 1, signal: null });
    expect(await cut).toBe('cut');
    expect(stoppedMs).toBeGreaterThanOrEqual(timeoutMs);
    // The deadline, then the embedded Postgres' fast shutdown (3 s at most before a last-resort exit).
    expect(stoppedMs).toBeLessThan(timeoutMs + 3_500);
    expect(server.lines.map((line) => line['msg'])).toContain('shutdown deadline: cutting connections');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    reportFigure(
      `SIGTERM to exit with a request that never ends (SHUTDOWN_TIMEOUT_MS=${timeoutMs})`,
      `${stoppedMs} ms`,
    );
  });

  it(
    "npm start: npm's child is the server itself; SIGTERM to npm stops it and its Postgres, leaving no process behind; the next start works; SIGINT too",
    async () => {
      const env = { DATA_DIR: dataDir, API_TOKEN, PORT: '0', HOST: '127.0.0.1' };
      const first = await startServerProcess(NPM_START, env, NPM_START_MS);
      const npmPid = first.child.pid ?? 0;
      const below = descendantsOf(npmPid);
      const [server] = below;
      // No `sh -c` between npm and node: the script execs the launcher, which runs the server in-process.
      expect(commandOf(server ?? 0)).toBe('node scripts/run-built.mjs dist/src/index.js');
      const postmaster = postmasterPid(dataDir);
      expect(postmaster).not.toBeNull();
      expect(below).toContain(postmaster);
      expect((await fetch(new URL('/ready', first.url))).status).toBe(200);

      const signalled = Date.now();
      process.kill(npmPid, 'SIGTERM');
      await first.exited;
      const gone = await eventually(() => below.every((pid) => !isAlive(pid)), 10_000);
      const stoppedMs = Date.now() - signalled;
      expect(gone, `still running: ${below.filter(isAlive).map(commandOf).join(', ')}`).toBe(true);
      expect(first.lines.map((line) => line['msg'])).toContain('stopped cleanly');
      expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
      reportFigure('kill -TERM <npm start pid> to every process gone', `${stoppedMs} ms`);

      const second = await startServerProcess(NPM_START, env, NPM_START_MS);
      const secondBelow = descendantsOf(second.child.pid ?? 0);
      expect((await fetch(new URL('/ready', second.url))).status).toBe(200);
      process.kill(second.child.pid ?? 0, 'SIGINT');
      await second.exited;
      expect(await eventually(() => secondBelow.every((pid) => !isAlive(pid)), 10_000)).toBe(true);
      expect(second.lines.map((line) => line['reason'])).toContain('SIGINT');
      expect(second.lines.map((line) => line['msg'])).toContain('stopped cleanly');
    },
    2 * NPM_START_MS,
  );
});

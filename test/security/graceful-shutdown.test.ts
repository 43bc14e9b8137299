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
import { startServerProcess } from './helpers/server-process';

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
});

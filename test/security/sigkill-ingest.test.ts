import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction';
import { manyQuotesArticle, type TestArticle } from '../helpers/sample-text';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { compileServer, type CompiledServer } from './helpers/compile-server';
import { reportFigure } from './helpers/figures';
import { startServerProcess } from './helpers/server-process';

const ARTICLES = 100;
const QUOTES_PER_ARTICLE = 25;
const WORKERS = 6;
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';

/** Backends of the server under test inside a transaction that has already written quotes. */
const WRITING_QUOTES = `
  SELECT DISTINCT a.pid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
   WHERE a.datname = current_database() AND a.application_name = 'quote-graph' AND a.xact_start IS NOT NULL
     AND l.relation = 'quotes'::regclass AND l.mode = 'RowExclusiveLock'`;

const STORED = `SELECT a.title, count(q.id)::int AS quotes FROM articles a LEFT JOIN quotes q ON q.article_id = a.id GROUP BY a.id, a.title`;

describe('a server killed with SIGKILL in the middle of a bulk ingest', () => {
  let env: TestEnvironment;
  let compiled: CompiledServer;
  let observer: Client;
  beforeAll(async () => {
    [env, compiled] = await Promise.all([createTestEnvironment(), compileServer()]);
    observer = new Client({ connectionString: env.databaseUrl, application_name: 'sigkill-observer' });
    await observer.connect();
  });
  afterAll(async () => {
    await observer?.end();
    await env?.close();
    await compiled?.remove();
  });

  it('leaves only whole articles, and the same ingest run again completes the rest without duplicates', async () => {
    const articles: TestArticle[] = Array.from({ length: ARTICLES }, (_, index) =>
      manyQuotesArticle(index, QUOTES_PER_ARTICLE),
    );
    // What ingest stores for each article: every quote extraction finds in it.
    const expected = new Map(
      articles.map((article) => [
        article.title,
        extract(
          { title: article.title, body: article.body, dateline: null, source: article.source ?? null },
          { taxonomy: [] },
        ).quotes.length,
      ]),
    );
    expect(Math.min(...expected.values())).toBeGreaterThan(0);

    const server = await startServerProcess(compiled.entry, {
      DATABASE_URL: env.databaseUrl,
      API_TOKEN: env.apiToken,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    let next = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (!killed && next < articles.length) {
        const input = articles[next++];
        await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${env.apiToken}` },
          body: JSON.stringify({ query: INGEST, variables: { input } }),
        }).catch(() => undefined); // the connection dies with the server
      }
    };
    const workers = Promise.all(Array.from({ length: WORKERS }, worker));

    // Kill only when some articles are committed and a transaction is half-way: quotes written, not committed.
    let caught: number[] = [];
    let committedBeforeKill = 0;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !killed) {
      committedBeforeKill = Number((await observer.query('SELECT count(*) AS n FROM articles')).rows[0].n);
      if (committedBeforeKill >= 5) {
        caught = (await observer.query(WRITING_QUOTES)).rows.map((row: { pid: number }) => row.pid);
        if (caught.length > 0) {
          server.child.kill('SIGKILL');
          killed = true;
        }
      }
    }
    killed = true;
    server.child.kill('SIGKILL');
    await Promise.all([workers, server.exited]);
    expect(caught.length, 'a transaction was caught half-way').toBeGreaterThan(0);

    // Postgres rolls back each dead client's transaction once it notices the socket is gone.
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const alive = await observer.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1)',
        [caught],
      );
      if (alive.rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const afterKill = (await observer.query(STORED)).rows as { title: string; quotes: number }[];
    expect(afterKill.length).toBeGreaterThan(0);
    expect(afterKill.length).toBeLessThan(ARTICLES);
    for (const row of afterKill) expect(row.quotes, row.title).toBe(expected.get(row.title));

    // The same bulk ingest again, through a fresh server: it stores what is missing, once.
    const outcomes: boolean[] = [];
    for (let start = 0; start < articles.length; start += 10) {
      const batch = articles.slice(start, start + 10);
      outcomes.push(
        ...(await Promise.all(batch.map((article) => env.ingest(article)))).map((outcome) => outcome.created),
      );
    }
    expect(outcomes.filter((created) => !created)).toHaveLength(afterKill.length);
    const final = (await observer.query(STORED)).rows as { title: string; quotes: number }[];
    expect(final).toHaveLength(ARTICLES);
    expect(new Set(final.map((row) => row.title)).size).toBe(ARTICLES);
    for (const row of final) expect(row.quotes, row.title).toBe(expected.get(row.title));
    const speakers = await observer.query(
      `SELECT count(*)::int AS n FROM speakers WHERE name ILIKE '%varga%'`,
    );
    expect(speakers.rows[0].n).toBe(1);
    reportFigure(
      'SIGKILL during bulk ingest',
      `${afterKill.length}/${ARTICLES} articles whole after the kill, ${caught.length} transaction(s) caught with quotes written and rolled back; re-run created ${outcomes.filter(Boolean).length}`,
    );
  });
});

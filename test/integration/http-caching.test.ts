import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { observeStatements } from '../../src/db/statement-counter';
import { startExtraApp } from '../helpers/extra-app';
import { liveClient, subscribe } from '../helpers/live-client';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';

const TITLES = 'query Titles { articles(first: 5) { totalCount nodes { title } } }';
const QUOTE_COUNT = 'query QuoteCount { quotes(first: 1) { totalCount } }';

/** Sends a query over GET (as a CDN-friendly client does, with a preflight header for CSRF prevention). */
function get(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]): [string, string] => [
      name,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
  return fetch(`${url}?${search}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

/** Runs a request while watching every SQL statement TypeORM and the compiled queries send. */
async function watchingStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = observeStatements((query) => statements.push(query));
  try {
    return { result: await work(), statements };
  } finally {
    stop();
  }
}

/** Resolves once `check` holds, polling; the data-change notification arrives asynchronously. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Given a connection to an app's database, counts the sessions there that hold a LISTEN: those whose
 * last statement was one (a listener sends nothing else once it listens).
 */
async function listeningSessions(observer: Client): Promise<number> {
  const { rows } = await observer.query<{ sessions: number }>(
    `SELECT count(*)::int AS sessions FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
  );
  return rows[0]?.sessions ?? 0;
}

/** Stores a copy of the first quote (fresh offsets) in one statement; returns its text. */
async function copyFirstQuote(writer: Client): Promise<string> {
  const { rows } = await writer.query<{ text: string }>(
    `INSERT INTO quotes (article_id, speaker_id, text, kind, cue, paragraph, start_offset, end_offset)
     SELECT article_id, speaker_id, text || ' (again)', kind, cue, paragraph, 200000, 200000
       FROM (SELECT * FROM quotes ORDER BY id LIMIT 1) first
     RETURNING text`,
  );
  const text = rows[0]?.text;
  if (!text) throw new Error('no quote to copy');
  return text;
}

describe('HTTP caching of GET queries', () => {
  const env = useTestEnvironment({}, (env) => env.ingest(militaryBaseArticle(1)));

  it('marks a GET query public for HTTP_CACHE_MAX_AGE with an ETag, and answers If-None-Match 304 without SQL', async () => {
    const first = await get(env.url, { query: TITLES });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get('vary')).toBe('accept');

    const { result: second, statements } = await watchingStatements(() =>
      get(env.url, { query: TITLES }, { 'if-none-match': etag ?? '' }),
    );
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('etag')).toBe(etag);
    expect(second.headers.get('cache-control')).toBe('public, max-age=60');
    expect(statements).toEqual([]);

    // A different ETag (an older version) gets the whole answer again.
    const stale = await get(env.url, { query: TITLES }, { 'if-none-match': '"older"' });
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).toBe(etag);
  });

  it('sends no-store on POST, on mutations and on answers with errors, and no ETag', async () => {
    const post = await env.graphql(TITLES);
    expect(post.headers.get('cache-control')).toBe('no-store');
    expect(post.headers.get('etag')).toBeNull();
    const mutation = await env.graphql('mutation { deleteArticle(id: "QXJ0aWNsZTo5OTk5OTk") }');
    expect(mutation.headers.get('cache-control')).toBe('no-store');
    const invalid = await get(env.url, { query: '{ articles(first: 1) { nope } }' });
    expect(invalid.headers.get('cache-control')).toBe('no-store');
    expect(invalid.headers.get('etag')).toBeNull();
    const badArgument = await get(env.url, { query: '{ articles(first: -1) { totalCount } }' });
    expect((await badArgument.json()) as unknown).toHaveProperty('errors');
    expect(badArgument.headers.get('cache-control')).toBe('no-store');
  });

  it('lets the ETags lapse when this server runs a mutation', async () => {
    const before = await get(env.url, { query: TITLES });
    const etag = before.headers.get('etag') ?? '';
    await env.ingest(militaryBaseArticle(2));
    const after = await get(env.url, { query: TITLES }, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(
      ((await after.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount,
    ).toBe(2);
  });

  it('lets the ETags lapse when any other process writes the data', async () => {
    const before = await get(env.url, { query: TITLES });
    const etag = before.headers.get('etag') ?? '';
    expect((await get(env.url, { query: TITLES }, { 'if-none-match': etag })).status).toBe(304);
    // Another process: its own connection, no API involved.
    const other = new Client({ connectionString: env.databaseUrl });
    await other.connect();
    await other.query(`UPDATE articles SET title = title || ' (corrected)'`);
    await other.end();
    await eventually(
      async () => (await get(env.url, { query: TITLES }, { 'if-none-match': etag })).status === 200,
    );
    const fresh = await get(env.url, { query: TITLES });
    const body = (await fresh.json()) as { data: { articles: { nodes: { title: string }[] } } };
    expect(body.data.articles.nodes.every((node) => node.title.endsWith('(corrected)'))).toBe(true);
  });

  it('shares one LISTEN session per app between the cache and live updates, and both still hear writes', async () => {
    const observer = new Client({ connectionString: env.databaseUrl });
    await observer.connect();
    const client = liveClient(env.url);
    try {
      expect(await listeningSessions(observer)).toBe(1);
      const live = subscribe<{ quoteAdded: { text: string } }>(
        client,
        'subscription { quoteAdded { text } }',
      );
      const before = await get(env.url, { query: QUOTE_COUNT });
      const etag = before.headers.get('etag') ?? '';
      expect((await get(env.url, { query: QUOTE_COUNT }, { 'if-none-match': etag })).status).toBe(304);

      // The subscription may still be starting: copy quotes until one is announced.
      let written = '';
      for (let attempt = 0; attempt < 20 && live.events.length === 0; attempt += 1) {
        written = await copyFirstQuote(observer);
        await live.received(1, 250).catch(() => undefined);
      }
      const [event] = await live.received(1);
      expect(written).not.toBe('');
      expect(live.events.map((seen) => seen.quoteAdded.text)).toContain(written);
      expect(event?.quoteAdded.text.endsWith('(again)')).toBe(true);
      await eventually(
        async () => (await get(env.url, { query: QUOTE_COUNT }, { 'if-none-match': etag })).status === 200,
      );
      expect(await listeningSessions(observer)).toBe(1);

      // A second app on the same database brings exactly one more, and takes it away when it closes.
      const second = (await startExtraApp(env, { LOG_LEVEL: 'silent' })).app;
      try {
        await eventually(async () => (await listeningSessions(observer)) === 2);
        expect(await listeningSessions(observer)).toBe(2);
      } finally {
        await second.close();
      }
      await eventually(async () => (await listeningSessions(observer)) === 1);
      live.stop();
    } finally {
      await client.dispose();
      await observer.end();
    }
  });

  it('after the shared LISTEN session is killed, hears other processes again once it is back', async () => {
    const observer = new Client({ connectionString: env.databaseUrl });
    await observer.connect();
    try {
      const killed = await observer.query<{ pid: number }>(
        `SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
      );
      expect(killed.rowCount).toBe(1);
      const gone = killed.rows[0]?.pid;
      // Back on a new session, listening to both channels again (the cache's and the live feed's).
      await eventually(async () => {
        const { rows } = await observer.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
        );
        return rows.length === 1 && rows[0]?.pid !== gone;
      });
      // Trusted again: a revalidation is answered from memory, without SQL.
      const etag = (await get(env.url, { query: QUOTE_COUNT })).headers.get('etag') ?? '';
      await eventually(async () => {
        const { result, statements } = await watchingStatements(() =>
          get(env.url, { query: QUOTE_COUNT }, { 'if-none-match': etag }),
        );
        return result.status === 304 && statements.length === 0;
      });
      await copyFirstQuote(observer);
      await eventually(
        async () => (await get(env.url, { query: QUOTE_COUNT }, { 'if-none-match': etag })).status === 200,
      );
    } finally {
      await observer.end();
    }
  });

  it('answers automatic persisted queries over GET by their hash alone, cacheable like any GET query', async () => {
    const sha256Hash = createHash('sha256').update(TITLES).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await get(env.url, { extensions });
    const unknownBody = (await unknown.json()) as { errors: { extensions: { code: string } }[] };
    expect(unknownBody.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    // The client then sends the query once with its hash (Apollo Client does this by itself) ...
    expect((await get(env.url, { query: TITLES, extensions })).status).toBe(200);
    // ... and from then on the short GET, which a CDN can cache.
    const byHash = await get(env.url, { extensions });
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=60');
    const body = (await byHash.json()) as { data: { articles: { totalCount: number } } };
    expect(body.data.articles.totalCount).toBeGreaterThan(0);
  });

  describe('configured', () => {
    let shortLived: RunningApp;
    let uncached: RunningApp;
    beforeAll(async () => {
      shortLived = (await startExtraApp(env, { HTTP_CACHE_MAX_AGE: '15', LOG_LEVEL: 'silent' })).app;
      uncached = (await startExtraApp(env, { HTTP_CACHE_MAX_AGE: '0', LOG_LEVEL: 'silent' })).app;
    });
    afterAll(async () => {
      await shortLived?.close();
      await uncached?.close();
    });

    it('takes max-age from HTTP_CACHE_MAX_AGE, and 0 turns caching off', async () => {
      expect((await get(shortLived.url, { query: TITLES })).headers.get('cache-control')).toBe(
        'public, max-age=15',
      );
      const off = await get(uncached.url, { query: TITLES });
      expect(off.headers.get('cache-control')).toBe('no-store');
      expect(off.headers.get('etag')).toBeNull();
    });
  });
});

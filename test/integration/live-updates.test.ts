import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { ensureDatabase } from '../../src/db/ensure-database';
import { liveClient, subscribe } from '../helpers/live-client';
import { manyQuotesArticle, militaryBaseArticle, type TestArticle } from '../helpers/sample-text';
import { compileServer, type CompiledServer } from '../security/helpers/compile-server';
import { startServerProcess, type ServerProcess } from '../security/helpers/server-process';

const API_TOKEN = 'live-updates-test-token-0123456789';
const NEWSROOM = 'https://newsroom.example';

interface LiveQuote {
  quoteAdded: {
    id: string;
    text: string;
    speaker: { name: string } | null;
    article: { id: string; title: string };
  };
}

const QUOTE_ADDED = `subscription($topic: String, $location: String) {
  quoteAdded(topic: $topic, location: $location) { id text speaker { name } article { id title } }
}`;

/** Sends an operation to a server over HTTP with the API token. */
async function graphql<T>(
  server: ServerProcess,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Ingests an article through a server's GraphQL mutation; returns the article's id. */
async function ingest(server: ServerProcess, article: TestArticle): Promise<string> {
  const data = await graphql<{ ingestArticle: { article: { id: string } } }>(
    server,
    'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }',
    { input: article },
  );
  return data.ingestArticle.article.id;
}

/** The ids of an article's quotes about a topic, as the quotes list reads them. */
async function quoteIds(server: ServerProcess, article: string, topic?: string): Promise<string[]> {
  const data = await graphql<{ quotes: { nodes: { id: string }[] } }>(
    server,
    'query($filter: QuoteFilter) { quotes(first: 100, filter: $filter) { nodes { id } } }',
    { filter: { article, ...(topic ? { topic } : {}) } },
  );
  return data.quotes.nodes.map((quote) => quote.id).sort();
}

/** Opens a raw WebSocket with the graphql-ws subprotocol; resolves with the HTTP status of a refusal, or 101. */
function openRaw(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0, socket });
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

describe('quoteAdded on one process hears quotes ingested through another', () => {
  let compiled: CompiledServer;
  let databaseUrl: string;
  let databaseName: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let articleNumber = 9_000;

  /**
   * The server cannot tell a client when its subscription is in place, so a test first ingests
   * matching articles until one arrives, then waits for every quote of the last one: events come in
   * commit order, so nothing of the probes can arrive after that, and from then on the subscription
   * hears every new quote.
   */
  async function untilListening(
    subscription: ReturnType<typeof subscribe<LiveQuote>>,
    topic?: string,
  ): Promise<void> {
    let probe = '';
    for (let attempt = 0; attempt < 20 && subscription.events.length === 0; attempt += 1) {
      probe = await ingest(a, militaryBaseArticle((articleNumber += 1)));
      await subscription.received(1, 1_000).catch(() => undefined);
    }
    if (subscription.events.length === 0) throw new Error('the subscription never heard a quote');
    const quotes = (await quoteIds(a, probe, topic)).length;
    const ofProbe = () => subscription.events.filter((event) => event.quoteAdded.article.id === probe).length;
    await expect.poll(ofProbe, { timeout: 15_000 }).toBe(quotes);
  }

  beforeAll(async () => {
    compiled = await compileServer();
    databaseName = `quote_graph_live_${randomBytes(6).toString('hex')}`;
    databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), databaseName);
    const common = { DATABASE_URL: databaseUrl, API_TOKEN, PORT: '0', HOST: '127.0.0.1' };
    // One after the other: the first runs the migrations, the second finds nothing left to do.
    a = await startServerProcess(compiled.entry, common);
    b = await startServerProcess(compiled.entry, {
      ...common,
      CORS_ORIGINS: NEWSROOM,
      MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
      MAX_WS_CONNECTIONS_PER_IP: '8',
      MAX_WS_PAYLOAD_BYTES: '4096',
      MAX_DEPTH: '4',
    });
  });

  afterAll(async () => {
    for (const server of [a, b]) if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await compiled?.remove();
    if (databaseName) {
      const admin = new PgClient({ connectionString: inject('adminDatabaseUrl') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('delivers a military-base quote ingested on A to a topic subscriber on B, with its speaker and article, and not a quote about something else', async () => {
    const client = liveClient(b.url);
    const live = subscribe<LiveQuote>(client, QUOTE_ADDED, { topic: 'military-bases' });
    await untilListening(live, 'military-bases');
    const before = live.events.length;

    const other = await ingest(a, manyQuotesArticle((articleNumber += 1), 2));
    const base = militaryBaseArticle((articleNumber += 1), 'Defence Minister Halina Sorvenko');
    const baseId = await ingest(a, base);
    const expected = await quoteIds(a, baseId, 'military-bases');
    expect(expected.length).toBeGreaterThan(0);
    expect(await quoteIds(a, other, 'military-bases')).toEqual([]);
    expect((await quoteIds(a, other)).length).toBeGreaterThan(0);

    const arrived = (await live.received(before + expected.length)).slice(before);
    expect(arrived.map((event) => event.quoteAdded.id).sort()).toEqual(expected);
    for (const { quoteAdded } of arrived) {
      expect(quoteAdded.article).toEqual({ id: baseId, title: base.title });
      expect(quoteAdded.speaker?.name).toBe('Halina Sorvenko');
      expect(base.body).toContain(quoteAdded.text);
    }
    // Batches are delivered in commit order, so the other article's quotes would have come first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(live.events.length).toBe(before + expected.length);
    live.stop();
    await client.dispose();
  });

  it('delivers a quote naming a place inside the subscribed one (Grodno inside Belarus) to a location subscriber', async () => {
    const client = liveClient(b.url);
    const elsewhere = subscribe<LiveQuote>(client, QUOTE_ADDED, { location: 'portugal' });
    const inBelarus = subscribe<LiveQuote>(client, QUOTE_ADDED, { location: 'belarus' });
    await untilListening(inBelarus);
    const before = inBelarus.events.length;
    const id = await ingest(a, militaryBaseArticle((articleNumber += 1)));
    const [event] = (await inBelarus.received(before + 1)).slice(before);
    expect(event?.quoteAdded.article.id).toBe(id);
    // The quote names a city, not the country: it matched through the place's parents.
    const named = await graphql<{
      quote: {
        locations: { slug: string; parent: { slug: string; parent: { slug: string } | null } | null }[];
      };
    }>(a, 'query($id: ID!) { quote(id: $id) { locations { slug parent { slug parent { slug } } } } }', {
      id: event?.quoteAdded.id,
    });
    expect(named.quote.locations.map((place) => place.slug)).not.toContain('belarus');
    expect(
      named.quote.locations.some((place) =>
        [place.parent?.slug, place.parent?.parent?.slug].includes('belarus'),
      ),
    ).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(elsewhere.events).toEqual([]);
    await client.dispose();
  });

  it('refuses an upgrade from a foreign origin and accepts the listed one and same-origin pages', async () => {
    const foreign = await openRaw(b.url, { origin: 'https://elsewhere.example' });
    expect(foreign.status).toBe(403);
    const listed = await openRaw(b.url, { origin: NEWSROOM });
    expect(listed.status).toBe(101);
    listed.socket.close();
    const own = await openRaw(b.url, { origin: new URL(b.url).origin });
    expect(own.status).toBe(101);
    own.socket.close();
  });

  it('refuses a subscription over MAX_SUBSCRIPTIONS_PER_CONNECTION with a clear error, and one over the depth limit', async () => {
    const client = liveClient(b.url);
    const held = [1, 2, 3].map(() => subscribe<LiveQuote>(client, QUOTE_ADDED, {}));
    const fourth = subscribe<LiveQuote>(client, QUOTE_ADDED, {});
    const [refusal] = await fourth.errors;
    expect(refusal?.extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', maximum: 3 });
    expect(refusal?.message).toMatch(/at most 3 subscriptions/);
    held.forEach((subscription) => subscription.stop());

    const deep = subscribe<LiveQuote>(
      client,
      'subscription { quoteAdded { article { quotes { nodes { speaker { quotes { nodes { text } } } } } } } }',
    );
    const [tooDeep] = await deep.errors;
    expect(tooDeep?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_DEPTH', maximum: 4 });

    const query = subscribe<LiveQuote>(client, '{ topics { slug } }');
    const [notSubscription] = await query.errors;
    expect(notSubscription?.message).toMatch(/Only subscriptions/);

    const wrongId = subscribe<LiveQuote>(client, QUOTE_ADDED, { topic: 'U3BlYWtlcjox' });
    const [badId] = await wrongId.errors;
    expect(badId?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    await client.dispose();
  });

  it('refuses connections over MAX_WS_CONNECTIONS_PER_IP until one closes, and closes a socket that sends more than MAX_WS_PAYLOAD_BYTES', async () => {
    const open: WebSocket[] = [];
    let refused = 0;
    for (let attempt = 0; attempt < 9 && refused === 0; attempt += 1) {
      const { status, socket } = await openRaw(b.url);
      if (status === 101) open.push(socket);
      else refused = status;
    }
    expect(refused).toBe(429);
    expect(open.length).toBeLessThanOrEqual(8);
    const closing = open.pop() as WebSocket;
    await new Promise((resolve) => {
      closing.once('close', resolve);
      closing.close();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await openRaw(b.url);
    expect(again.status).toBe(101);
    const code = await new Promise<number>((resolve) => {
      again.socket.once('close', (closeCode) => resolve(closeCode));
      again.socket.send('x'.repeat(5_000));
    });
    expect(code).toBe(1009);
    for (const socket of open) socket.close();
  });

  it('closes every subscriber socket with 1001 on SIGTERM, then exits cleanly', async () => {
    const socketClosed = new Promise<number>((resolve) => {
      const client = liveClient(b.url);
      client.on('closed', (event) => resolve((event as { code: number }).code));
      subscribe<LiveQuote>(client, QUOTE_ADDED, {});
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    b.child.kill('SIGTERM');
    expect(await socketClosed).toBe(1001);
    expect(await b.exited).toEqual({ code: 0, signal: null });
  });
});

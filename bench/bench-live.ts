import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient, type Client as LiveClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { runCommand } from '../src/cli';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ensureDatabase } from '../src/db/ensure-database';
import { parseGlobalId } from '../src/graphql/ids/global-id';
import { articleGenerator } from './generator/article-generator';
import { flagOptions, readFlags } from './parse-flags';
import { startServerProcess, type ServerProcess } from './server-process';

const DEFAULTS = { subscriptions: 1_000, connections: 50, articles: 100, concurrency: 4 };

const USAGE = `
Usage: npm run bench:live -- [--subscriptions N] [--connections C] [--articles A] [--concurrency K]

Starts two API processes on a fresh database (on DATABASE_URL's server, or the embedded one under
DATA_DIR; dropped at the end), holds N quoteAdded subscriptions spread over C WebSocket connections
per process and three filters (all quotes, topic military-bases, location belarus), ingests A
generated articles through process A's GraphQL mutation, K at a time, and prints the delivery
latency after commit (p50, p99, max) and the events lost, which must be 0. The commit instant is
when the bench's own LISTEN connection hears the quote's notification.
  --subscriptions N  subscriptions in all (default 1000)
  --connections C    WebSocket connections per process (default 50)
  --articles A       articles ingested while subscribed (default 100)
  --concurrency K    ingests at once (default 4)
`;

const TOKEN = 'bench-token-not-secret-0123456789';
const FILTERS = [{}, { topic: 'military-bases' }, { location: 'belarus' }] as const;
const SUBSCRIPTION = `subscription($topic: String, $location: String) {
  quoteAdded(topic: $topic, location: $location) { id text speaker { name } article { title } }
}`;

/** Written for the bench: one quote that every filter above matches, to see every subscription is in place. */
const warmUpArticle = (index: number) => ({
  title: `Warm-up: base plans near Grodno, ${index}`,
  source: 'Bench Wire',
  url: `https://bench.example.org/live-warm-up/${index}`,
  body: `MINSK. Defence Minister Tomas Verenko spoke in Minsk.\n“No foreign military base will open in Grodno, warm-up ${index},” Verenko said.`,
});

interface Subscriber {
  filter: number;
  /** Receipt instants (performance.now) by quote database id. */
  received: Map<number, number>;
  duplicates: number;
}

async function post(server: ServerProcess, query: string, variables: Record<string, unknown>) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;

const until = async (done: () => boolean, timeoutMs: number) => {
  const started = Date.now();
  while (!done() && Date.now() - started < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 50));
  return done();
};

/** `npm run bench:live`: prints one table from this one run. */
async function main(values: Record<string, string | boolean | undefined>): Promise<void> {
  const flags = readFlags(values, DEFAULTS);
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const serverUrl = config.databaseUrl ?? embedded?.url ?? '';
  const databaseName = `quote_graph_bench_live_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await ensureDatabase(serverUrl, databaseName);
  const env = { SEED_SAMPLE_DATA: 'never', API_TOKEN: TOKEN, LOG_LEVEL: 'warn' };
  const servers: ServerProcess[] = [];
  const clients: LiveClient[] = [];
  const commits = new Map<number, number>();
  const listen = new PgClient({ connectionString: databaseUrl });
  try {
    // One after the other: the first runs the migrations.
    servers.push(await startServerProcess(databaseUrl, env));
    servers.push(await startServerProcess(databaseUrl, env));
    await listen.connect();
    listen.on('notification', (message) => {
      const now = performance.now();
      for (const id of (message.payload ?? '').split(','))
        if (!commits.has(Number(id))) commits.set(Number(id), now);
    });
    await listen.query('LISTEN quote_added');

    const subscribers: Subscriber[] = [];
    const perConnection = Math.ceil(flags.subscriptions / (servers.length * flags.connections));
    for (let index = 0; index < flags.subscriptions; index += 1) {
      const connection = Math.floor(index / perConnection);
      const server = servers[connection % servers.length] as ServerProcess;
      if (clients.length <= connection)
        clients.push(
          createClient({
            url: server.url.replace(/^http/, 'ws'),
            webSocketImpl: WebSocket,
            retryAttempts: 0,
          }),
        );
      const subscriber: Subscriber = { filter: index % FILTERS.length, received: new Map(), duplicates: 0 };
      subscribers.push(subscriber);
      clients[connection]?.subscribe(
        { query: SUBSCRIPTION, variables: FILTERS[subscriber.filter] },
        {
          next: ({ data }) => {
            const now = performance.now();
            const id = parseGlobalId((data as { quoteAdded: { id: string } }).quoteAdded.id)?.id ?? 0;
            if (subscriber.received.has(id)) subscriber.duplicates += 1;
            else subscriber.received.set(id, now);
          },
          error: (error) => process.stderr.write(`subscription failed: ${JSON.stringify(error)}\n`),
          complete: () => undefined,
        },
      );
    }
    let warmUps = 0;
    while (!(await until(() => subscribers.every((subscriber) => subscriber.received.size > 0), 5_000))) {
      if ((warmUps += 1) > 10) throw new Error('not every subscription heard the warm-up quotes');
      await post(servers[0] as ServerProcess, INGEST, { input: warmUpArticle(warmUps) });
    }
    for (const subscriber of subscribers) subscriber.received.clear();
    const warmUpQuotes = new Set(commits.keys());

    const generate = articleGenerator(7);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: flags.concurrency }, async () => {
        while (next < flags.articles) {
          const article = generate(next++);
          await post(servers[0] as ServerProcess, INGEST, {
            input: { ...article, publishedAt: article.publishedAt?.toISOString() },
          });
        }
      }),
    );
    const ingestSeconds = (performance.now() - started) / 1000;

    // What each filter should have delivered: the new quotes the quotes list itself finds.
    const expected: Set<number>[] = [];
    for (const filter of FILTERS) {
      const ids = new Set<number>();
      let after: string | null = null;
      for (;;) {
        const data = (await post(
          servers[1] as ServerProcess,
          'query($f: QuoteFilter, $after: String) { quotes(first: 100, after: $after, filter: $f) { nodes { id } pageInfo { hasNextPage endCursor } } }',
          { f: filter, after },
        )) as {
          quotes: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        };
        for (const node of data.quotes.nodes) {
          const id = parseGlobalId(node.id)?.id ?? 0;
          if (!warmUpQuotes.has(id)) ids.add(id);
        }
        if (!data.quotes.pageInfo.hasNextPage) break;
        after = data.quotes.pageInfo.endCursor;
      }
      expected.push(ids);
    }
    const wanted = subscribers.reduce((sum, subscriber) => sum + (expected[subscriber.filter]?.size ?? 0), 0);
    const delivered = () => subscribers.reduce((sum, subscriber) => sum + subscriber.received.size, 0);
    // Late is not lost: wait while events still arrive, and give up only after 10 s without one.
    for (let last = -1; delivered() < wanted && delivered() > last;) {
      last = delivered();
      await until(() => delivered() >= wanted, 10_000);
    }
    const drainedSeconds = (performance.now() - started) / 1000;

    const latencies: number[] = [];
    let lost = 0;
    let unexpected = 0;
    for (const subscriber of subscribers) {
      const wantedIds = expected[subscriber.filter] ?? new Set<number>();
      for (const id of wantedIds) {
        const at = subscriber.received.get(id);
        const committed = commits.get(id);
        if (at === undefined) lost += 1;
        else if (committed !== undefined) latencies.push(at - committed);
      }
      for (const id of subscriber.received.keys()) if (!wantedIds.has(id)) unexpected += 1;
    }
    latencies.sort((x, y) => x - y);
    const duplicates = subscribers.reduce((sum, subscriber) => sum + subscriber.duplicates, 0);
    const lines = [
      `| measure | value |`,
      `|---|---|`,
      `| API processes | ${servers.length} |`,
      `| subscriptions (connections) | ${flags.subscriptions} (${clients.length}) |`,
      `| articles ingested through process A | ${flags.articles} in ${ingestSeconds.toFixed(1)} s |`,
      `| new quotes: all / military-bases / belarus | ${expected.map((ids) => ids.size).join(' / ')} |`,
      `| events expected / delivered | ${wanted} / ${delivered()} (${(delivered() / drainedSeconds).toFixed(0)} events/s) |`,
      `| delivery latency after commit p50 | ${percentile(latencies, 0.5).toFixed(1)} ms |`,
      `| delivery latency after commit p99 | ${percentile(latencies, 0.99).toFixed(1)} ms |`,
      `| delivery latency after commit max | ${(latencies.at(-1) ?? NaN).toFixed(1)} ms |`,
      `| lost events | ${lost} |`,
      `| duplicate or unexpected events | ${duplicates + unexpected} |`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (lost > 0 || duplicates + unexpected > 0) process.exitCode = 1;
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await listen.end().catch(() => undefined);
    await Promise.all(servers.map((server) => server.stop()));
    const admin = new PgClient({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}

runCommand({ name: 'bench:live', usage: USAGE, options: flagOptions(DEFAULTS) }, ({ values }) =>
  main(values),
);

import 'reflect-metadata';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { startApp } from '../src/app';
import { runCommand, UsageError } from '../src/cli';
import { loadConfig } from '../src/config';
import { createQuoteGraphDataSource } from '../src/composition';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ensureDatabase } from '../src/db/ensure-database';
import { measureLoop } from './measure-loop';
import { flagOptions, readFlags } from './parse-flags';
import { scaleFill } from './scale-fill';

const USAGE = `
Usage: npm run bench:scale -- [--quotes N,M,…] [--seconds S]

Grows a throw-away database (on DATABASE_URL's server, else a temporary embedded PostgreSQL) to
each quote count in turn, six quotes an article, made in SQL; at each size prints the p50 and p99
of the API's list pages (one connection, in-process server) and the size of the quotes table and
each of its indexes. The database is dropped at the end.
  --quotes N,M,…  sizes to measure at, ascending (default 100000,1000000)
  --seconds S     length of each timed run (default 3)
`;

const PAGES: Record<string, string> = {
  // What the HTTP round trip alone costs on this machine now: the pages' floor.
  'HTTP floor ({ __typename })': '{ __typename }',
  'topic → quotes(20) → speaker, article': `{ topic(slug: "military-bases") { quotes(first: 20) { nodes { text speaker { name role } article { title publishedAt } } } } }`,
  'quotes(search, 20)': `{ quotes(first: 20, filter: { search: "military base" }) { nodes { text speaker { name } article { title } } } }`,
  'speaker → quotes(50) → topics': `{ speaker(slug: "speaker-7") { name quotes(first: 50) { nodes { text topics { name } } } } }`,
  'articles(20) → quotes(20) → speaker': `{ articles(first: 20) { nodes { title quotes(first: 20) { nodes { text speaker { name } } } } } }`,
  'quotes by publication(20)': `{ quotes(first: 20, orderBy: PUBLISHED_NEWEST) { nodes { text } } }`,
  'place → quotes(20)': `{ location(slug: "place-9") { quotes(first: 20) { nodes { text } } } }`,
  'country → quotes(20)': `{ location(slug: "scale-country") { quotes(first: 20) { nodes { text } } } }`,
  'quotes(filter: country, 20)': `{ quotes(first: 20, filter: { location: "scale-country" }) { nodes { text } } }`,
  'country → articles(20)': `{ location(slug: "scale-country") { articles(first: 20) { nodes { title } } } }`,
};

const SIZES_SQL = `
  SELECT c.relname AS name, pg_relation_size(c.oid)::float8 AS bytes
    FROM pg_class c
   WHERE c.oid = 'quotes'::regclass
      OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ('quotes'::regclass, 'quote_topics'::regclass))
   ORDER BY c.relname`;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * `npm run bench:scale`: how list pages and the quotes table's indexes grow with the archive, the
 * figures behind docs/scaling.md's advice on partitioning. One run, figures printed, nothing kept.
 */
const DEFAULTS = { quotes: '100000,1000000', seconds: 3 };

async function main(values: Record<string, string | boolean | undefined>): Promise<void> {
  const flags = readFlags(values, DEFAULTS);
  const sizes = flags.quotes.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 6))
    throw new UsageError('--quotes takes comma-separated whole numbers of at least 6');
  const config = loadConfig();
  const tempDir = config.databaseUrl ? null : await mkdtemp(path.join(tmpdir(), 'quote-graph-scale-'));
  if (tempDir) await chmod(tempDir, 0o755); // Postgres runs as its own OS user
  const embedded = tempDir ? await startEmbeddedPostgres(tempDir) : null;
  const serverUrl = config.databaseUrl ?? embedded?.url ?? '';
  const name = 'quote_graph_scale_bench';
  const url = await ensureDatabase(serverUrl, name);
  const dataSource = createQuoteGraphDataSource({ url, poolSize: 4 });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const app = await startApp({
      config: loadConfig({
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: url,
        // One client measuring as fast as it can: the request limits would answer 429 instead.
        RATE_LIMIT_READS_PER_MINUTE: '0',
        RATE_LIMIT_WRITES_PER_MINUTE: '0',
      }),
      dataSource,
      logger: pino({ level: 'warn' }),
      apiToken: 'scale-bench-token-not-used',
    });
    let articles = 0;
    for (const quotes of sizes) {
      const target = Math.ceil(quotes / 6);
      const [{ last } = { last: 0 }] = (await dataSource.query(
        'SELECT coalesce(max(id), 0)::int AS last FROM quotes',
      )) as {
        last: number;
      }[];
      const started = Date.now();
      // Its own connection: a fill of a million rows outlasts the API pool's statement_timeout.
      const filler = new Client({ connectionString: url });
      await filler.connect();
      try {
        for (const statement of scaleFill({ articles, lastQuoteId: last }, target))
          await filler.query(statement);
      } finally {
        await filler.end();
      }
      articles = target;
      const [{ count } = { count: 0 }] = (await dataSource.query(
        'SELECT count(*)::int AS count FROM quotes',
      )) as {
        count: number;
      }[];
      process.stdout.write(
        `\n${count.toLocaleString('en')} quotes (${target.toLocaleString('en')} articles), filled in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
      );
      for (const [page, query] of Object.entries(PAGES)) {
        const send = async () => {
          const response = await fetch(app.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          });
          const body = (await response.json()) as { errors?: unknown };
          if (body.errors) throw new Error(`${page}: ${JSON.stringify(body.errors)}`);
        };
        for (let warm = 0; warm < 5; warm += 1) await send();
        const figures = await measureLoop(send, 1, flags.seconds);
        process.stdout.write(
          `  ${page.padEnd(40)} p50 ${figures.p50Ms.toFixed(2).padStart(7)} ms   p99 ${figures.p99Ms.toFixed(2).padStart(7)} ms\n`,
        );
      }
      const relations = (await dataSource.query(SIZES_SQL)) as { name: string; bytes: number }[];
      for (const relation of relations)
        process.stdout.write(`  ${relation.name.padEnd(40)} ${megabytes(relation.bytes).padStart(10)}\n`);
    }
    await app.close();
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

runCommand({ name: 'bench:scale', usage: USAGE, options: flagOptions(DEFAULTS) }, ({ values }) =>
  main(values),
);

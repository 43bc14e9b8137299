import 'reflect-metadata';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ensureDatabase } from '../src/db/ensure-database';
import { benchQueries } from './bench-queries';
import { measureLoop } from './measure-loop';
import { parseFlags } from './parse-flags';
import { startServerProcess } from './server-process';

const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/**
 * `npm run bench -- [--seconds S] [--connections C]`: starts the API in production mode on the
 * benchmark database (DATABASE_URL, or the embedded one under DATA_DIR filled by `npm run bench:data`),
 * drives queries (a)–(e) with autocannon on loopback (its latency percentiles are ours), times the same answers as one hand-written SQL
 * statement through `pg` (the floor), and prints one table of figures from this one run.
 */
async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), { seconds: 5, connections: 8 });
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const databaseUrl = config.databaseUrl ?? (await ensureDatabase(embedded?.url ?? '', 'quote_graph'));
  const pool = new Pool({ connectionString: databaseUrl, max: flags.connections });
  // An idle client the server drops must not take the benchmark down with an unhandled 'error' event.
  pool.on('error', (error) => process.stderr.write(`floor pool: ${error.message}\n`));
  // Statement counting costs every request (async context tracking), so a second server counts
  // while the timed one runs as in production.
  const server = await startServerProcess(databaseUrl);
  const counting = await startServerProcess(databaseUrl, { EXPOSE_SQL_STATEMENT_COUNT: 'true' });
  try {
    const [size] = (
      await pool.query(
        'SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM quotes)::int AS quotes',
      )
    ).rows as { articles: number; quotes: number }[];
    const [top] = (
      await pool.query(
        'SELECT s.slug FROM speakers s ORDER BY (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) DESC LIMIT 1',
      )
    ).rows as { slug: string }[];
    process.stdout.write(
      `database: ${size?.articles} articles, ${size?.quotes} quotes; ${flags.connections} connections, ${flags.seconds} s per run\n\n`,
    );
    process.stdout.write(
      '| query | req/s | p50 ms | p99 ms | SQL/req | floor p50 ms | ours/floor p50 |\n|---|---|---|---|---|---|---|\n',
    );
    let peakRss = server.rssMb();
    for (const query of benchQueries(top?.slug ?? '')) {
      const body = JSON.stringify({ query: query.graphql });
      const sample = await fetch(counting.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const statements = sample.headers.get('x-sql-statements') ?? '-';
      // Warm the timed server's caches (plans, loaders' code paths) before measuring.
      await autocannon({
        url: server.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        amount: 50,
      });
      const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, server.rssMb())), 200);
      const cannon = await autocannon({
        url: server.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: flags.connections,
        duration: flags.seconds,
      });
      clearInterval(rssTimer);
      const floor = query.sql
        ? await measureLoop(
            () => pool.query(query.sql as string, query.parameter ? [query.parameter] : []),
            flags.connections,
            flags.seconds,
          )
        : null;
      process.stdout.write(
        `| ${query.name} | ${fixed(cannon.requests.average, 0)} | ${fixed(cannon.latency.p50)} | ${fixed(cannon.latency.p99)} | ${statements} | ${floor ? fixed(floor.p50Ms) : '-'} | ${floor ? fixed(cannon.latency.p50 / floor.p50Ms) : '-'} |\n`,
      );
    }
    process.stdout.write(`\nserver peak RSS under load: ${fixed(peakRss, 0)} MB\n`);
  } finally {
    await counting.stop();
    await server.stop();
    await pool.end();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import { Pool } from 'pg';
import { runCommand } from '../src/cli';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ensureDatabase } from '../src/db/ensure-database';
import { benchQueries } from './bench-queries';
import { driveHttp } from './drive-http';
import { measureLoop } from './measure-loop';
import { flagOptions, readFlags } from './parse-flags';
import { startServerProcess } from './server-process';

const DEFAULTS = { seconds: 5, connections: 8, postgraphile: '' };

const USAGE = `
Usage: npm run bench -- [--seconds S] [--connections C] [--postgraphile URL]

Times five read queries against the API (compiled and resolvers only) and a hand-written SQL floor,
on DATABASE_URL or the embedded database under DATA_DIR (fill it with npm run bench:data).
  --seconds S         length of each timed run (default 5)
  --connections C     concurrent connections (default 8)
  --postgraphile URL  also time the same questions on a PostGraphile server on the same database
`;

const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/**
 * `npm run bench -- [--seconds S] [--connections C]`: starts the API in production mode on the
 * benchmark database (DATABASE_URL, or the embedded one under DATA_DIR filled by `npm run bench:data`),
 * drives queries (a)–(e) with autocannon on loopback, times the same answers as one hand-written SQL
 * statement through `pg` (the floor), and prints one table of figures from this one run. A second
 * server with COMPILE_QUERIES=false shows what the resolver path alone would do. With
 * `--postgraphile URL` (a PostGraphile 5 server on the same database, see README) the same questions
 * in its schema are timed too, in the same run.
 */
async function main(values: Record<string, string | boolean | undefined>): Promise<void> {
  const flags = readFlags(values, DEFAULTS);
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
  const resolvers = await startServerProcess(databaseUrl, { COMPILE_QUERIES: 'false' });
  const resolversCounting = await startServerProcess(databaseUrl, {
    COMPILE_QUERIES: 'false',
    EXPOSE_SQL_STATEMENT_COUNT: 'true',
  });
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
      '| query | req/s | p50 ms | p99 ms | SQL/req | floor p50 ms | ours/floor p50 | resolvers only: req/s, p50 ms, SQL/req, /floor |\n|---|---|---|---|---|---|---|---|\n',
    );
    let peakRss = server.rssMb();
    const comparison: string[] = [];
    for (const [index, query] of benchQueries(top?.slug ?? '').entries()) {
      const body = JSON.stringify({ query: query.graphql });
      const statements = async (url: string) =>
        (
          await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        ).headers.get('x-sql-statements') ?? '-';
      const load = { body, connections: flags.connections, seconds: flags.seconds };
      // Warm each timed server (plans, code paths) before measuring.
      await driveHttp({ ...load, url: server.url, seconds: 1 });
      const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, server.rssMb())), 200);
      const ours = await driveHttp({ ...load, url: server.url });
      clearInterval(rssTimer);
      await driveHttp({ ...load, url: resolvers.url, seconds: 1 });
      const resolved = await driveHttp({ ...load, url: resolvers.url });
      const floor = query.sql
        ? await measureLoop(
            () =>
              pool.query({
                name: query.prepared ? `floor_${index}` : undefined,
                text: query.sql as string,
                values: query.parameter ? [query.parameter] : [],
              }),
            flags.connections,
            flags.seconds,
          )
        : null;
      const ratio = (figures: { p50Ms: number }) => (floor ? fixed(figures.p50Ms / floor.p50Ms) : '-');
      if (ours.non2xx + resolved.non2xx > 0) throw new Error(`${query.name}: non-2xx answers`);
      process.stdout.write(
        `| ${query.name} | ${fixed(ours.perSecond, 0)} | ${fixed(ours.p50Ms)} | ${fixed(ours.p99Ms)} | ${await statements(counting.url)} | ${floor ? fixed(floor.p50Ms) : '-'} | ${ratio(ours)} | ${fixed(resolved.perSecond, 0)}, ${fixed(resolved.p50Ms)}, ${await statements(resolversCounting.url)}, ${ratio(resolved)} |\n`,
      );
      if (flags.postgraphile && query.postgraphile) {
        const other = {
          ...load,
          url: flags.postgraphile,
          body: JSON.stringify({ query: query.postgraphile }),
        };
        await driveHttp({ ...other, seconds: 1 });
        const theirs = await driveHttp(other);
        if (theirs.non2xx > 0) throw new Error(`${query.name}: PostGraphile answered non-2xx`);
        comparison.push(
          `| ${query.name} | ${fixed(ours.perSecond, 0)} | ${fixed(ours.p50Ms)} | ${fixed(theirs.perSecond, 0)} | ${fixed(theirs.p50Ms)} | ${fixed(theirs.p50Ms / ours.p50Ms)} |`,
        );
      }
    }
    if (comparison.length > 0) {
      process.stdout.write(
        `\nPostGraphile at ${flags.postgraphile}, same database, same run:\n\n| query | ours req/s | ours p50 ms | PostGraphile req/s | PostGraphile p50 ms | PostGraphile/ours p50 |\n|---|---|---|---|---|---|\n${comparison.join('\n')}\n`,
      );
    }
    process.stdout.write(`\nserver peak RSS under load: ${fixed(peakRss, 0)} MB\n`);
  } finally {
    await Promise.all([counting, server, resolvers, resolversCounting].map((process) => process.stop()));
    await pool.end();
    await embedded?.stop();
  }
}

runCommand({ name: 'bench', usage: USAGE, options: flagOptions(DEFAULTS) }, ({ values }) => main(values));

import 'reflect-metadata';
import { parse, specifiedRules, validate } from 'graphql';
import { buildQuoteGraphSchema } from '../src/composition';
import { runCommand } from '../src/cli';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { ensureDatabase } from '../src/db/ensure-database';
import { queryLimitRules } from '../src/graphql/limits';
import { OVER_DEFAULT_LIMITS } from '../src/graphql/limits/over-limit-examples';
import { measureLoop } from './measure-loop';
import { flagOptions, readFlags } from './parse-flags';
import { startServerProcess } from './server-process';

const DEFAULTS = { seconds: 2 };

const USAGE = `
Usage: npm run bench:limits -- [--seconds S]

Times what refusing an operation over each query limit costs: in-process (parse, stopped by the
token limit, and validation) and over HTTP next to a small query that runs, and a body over
MAX_BODY_BYTES. Uses DATABASE_URL or the embedded database under DATA_DIR; reads only.
  --seconds S  length of each timed run (default 2)
`;

const SMALL = '{ topics { slug } }';

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((response) => response.arrayBuffer());

/** `npm run bench:limits`: prints one table of refusal costs from this one run. */
async function main(values: Record<string, string | boolean | undefined>): Promise<void> {
  const flags = readFlags(values, DEFAULTS);
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const databaseUrl = config.databaseUrl ?? (await ensureDatabase(embedded?.url ?? '', 'quote_graph'));
  const server = await startServerProcess(databaseUrl);
  try {
    const schema = await buildQuoteGraphSchema();
    const rules = [...specifiedRules, ...queryLimitRules(config.limits)];
    const small = await measureLoop(() => post(server.url, { query: SMALL }), 1, flags.seconds);
    process.stdout.write(
      `${SMALL} over HTTP: p50 ${small.p50Ms.toFixed(2)} ms\n\n| limit | in-process check p50 µs | HTTP refusal p50 ms | refusal / small query |\n|---|---|---|---|\n`,
    );
    for (const [limit, query] of Object.entries(OVER_DEFAULT_LIMITS)) {
      // The token limit stops the parser; every other refusal comes from validation.
      const check = await measureLoop(
        async () => {
          try {
            validate(schema, parse(query, { maxTokens: config.limits.tokens }), rules);
          } catch {
            // refused by the parser
          }
        },
        1,
        flags.seconds,
      );
      // Apollo caches documents only once they validate, so every refusal is parsed and checked afresh.
      const refused = await measureLoop(() => post(server.url, { query }), 1, flags.seconds);
      process.stdout.write(
        `| ${limit} | ${(check.p50Ms * 1_000).toFixed(0)} | ${refused.p50Ms.toFixed(2)} | ${(refused.p50Ms / small.p50Ms).toFixed(2)} |\n`,
      );
    }
    const body = await measureLoop(
      () => post(server.url, { query: SMALL, variables: { pad: 'x'.repeat(config.maxBodyBytes + 1) } }),
      1,
      flags.seconds,
    );
    process.stdout.write(`\nrefusal MAX_BODY_BYTES (upload included): p50 ${body.p50Ms.toFixed(2)} ms\n`);
  } finally {
    await server.stop();
    await embedded?.stop();
  }
}

runCommand({ name: 'bench:limits', usage: USAGE, options: flagOptions(DEFAULTS) }, ({ values }) =>
  main(values),
);

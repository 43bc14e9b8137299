import 'reflect-metadata';
import pino from 'pino';
import { runCommand } from '../src/cli';
import { loadConfig } from '../src/config';
import { openQuoteGraphDatabase } from '../src/composition';
import type { ArticleRecord } from '../src/ingest/cli/article-record';
import { ingestRecords } from '../src/ingest/cli/ingest-records';
import { createProgress } from '../src/ingest/cli/progress';
import { articleGenerator } from './generator/article-generator';
import { flagOptions, readFlags } from './parse-flags';

const DEFAULTS = { articles: 1_000, concurrency: 6, seed: 42 };

const USAGE = `
Usage: npm run bench:data -- [--articles N] [--concurrency K] [--seed S]

Generates N wire-style articles (seeded) and stores them through the real ingest path into
DATABASE_URL or the embedded database under DATA_DIR; stored ones are skipped on a re-run.
  --articles N     how many (default 1000)
  --concurrency K  articles ingested at once (default 6)
  --seed S         seed of the generator (default 42)
`;

/**
 * `npm run bench:data -- --articles N [--concurrency K] [--seed S]`: stores N generated articles
 * through the real ingest path (extraction, one transaction each) into DATABASE_URL or the embedded
 * database under DATA_DIR, and reports articles per second. Re-running resumes: stored ones are skipped.
 */
async function main(values: Record<string, string | boolean | undefined>): Promise<void> {
  const flags = readFlags(values, DEFAULTS);
  const config = loadConfig();
  const database = await openQuoteGraphDatabase(config, pino({ level: 'warn' }));
  const generate = articleGenerator(flags.seed);
  function* records(): Generator<ArticleRecord> {
    for (let index = 0; index < flags.articles; index += 1) {
      yield { origin: `generated article ${index}`, article: generate(index) };
    }
  }
  const progress = createProgress({ articles: flags.articles }, process.stderr);
  const started = Date.now();
  const tally = await ingestRecords(records(), {
    dataSource: database.dataSource,
    maxArticleBytes: config.maxArticleBytes,
    concurrency: flags.concurrency,
    progress,
  });
  progress.stop();
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    `${flags.articles} articles (${tally.created} new) in ${seconds.toFixed(1)} s: ${(flags.articles / seconds).toFixed(0)} articles/s end to end\n`,
  );
  await database.close();
  if (tally.failed.length > 0)
    throw new Error(`${tally.failed.length} failed, first: ${tally.failed[0]?.reason}`);
}

runCommand({ name: 'bench:data', usage: USAGE, options: flagOptions(DEFAULTS) }, ({ values }) =>
  main(values),
);

import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/open-database';
import { ingestArticle } from '../src/ingest/ingest-article';
import { validateArticleInput } from '../src/ingest/validate-article-input';
import { articleGenerator } from './generator/article-generator';
import { parseFlags } from './parse-flags';

/**
 * `npm run bench:data -- --articles N [--concurrency K] [--seed S]`: stores N generated articles
 * through the real ingest path (extraction, one transaction each) into DATABASE_URL or the embedded
 * database under DATA_DIR, and reports articles per second. Re-running resumes: stored ones are skipped.
 */
async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), { articles: 1_000, concurrency: 6, seed: 42 });
  const config = loadConfig();
  const database = await openDatabase(config, pino({ level: 'warn' }));
  const generate = articleGenerator(flags.seed);
  const bar = new SingleBar({
    format: 'ingest [{bar}] {value}/{total} articles | {rate} articles/s | ETA {eta_formatted}',
    noTTYOutput: true,
    notTTYSchedule: 5_000,
  });
  const started = Date.now();
  let next = 0;
  let created = 0;
  bar.start(flags.articles, 0, { rate: '0' });
  const worker = async (): Promise<void> => {
    while (next < flags.articles) {
      const index = next;
      next += 1;
      const article = validateArticleInput(generate(index), { maxBodyBytes: config.maxArticleBytes });
      if ((await ingestArticle(database.dataSource, article)).created) created += 1;
      bar.increment(1, { rate: ((index + 1) / ((Date.now() - started) / 1000)).toFixed(0) });
    }
  };
  await Promise.all(Array.from({ length: flags.concurrency }, worker));
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    `${flags.articles} articles (${created} new) in ${seconds.toFixed(1)} s: ${(flags.articles / seconds).toFixed(0)} articles/s end to end\n`,
  );
  await database.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import pino, { type Logger } from 'pino';
import { loadConfig, type Config } from '../../config';
import type { OpenDatabase } from '../../db/open-database';
import { EXTRACTOR_VERSION } from '../../extraction';
import { reasonOf } from '../cli/article-record';
import { createProgress, type ProgressStream } from '../cli/progress';
import { parseReextractArgs, REEXTRACT_USAGE, type ReextractArgs } from './parse-reextract-args';
import type { IngestBatch } from '../queue/ingest-batch.entity';
import { loadIngestBatch } from '../queue/load-ingest-batch';
import { enqueueReextraction } from './enqueue-reextraction';
import { countArticlesToReextract, reextractArticles, type ReextractTally } from './reextract-articles';
import { waitForReextraction } from './wait-for-reextraction';

/** The process around the CLI, passed in so tests can run it in-process. */
export interface ReextractIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The summary. */
  stdout: NodeJS.WritableStream;
  /** Progress and usage errors. */
  stderr: ProgressStream;
  /** Opens the application's database (the composition's `openQuoteGraphDatabase`). */
  openDatabase: (config: Config, logger: Logger) => Promise<OpenDatabase>;
}

/** Exit statuses: all done, some articles failed, or the run could not start. */
export const REEXTRACT_EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** Given a run's tally and its duration, returns the summary: one line of counts, then each failure. */
export function formatReextractSummary(tally: ReextractTally, seconds: number): string {
  const total = tally.changed + tally.unchanged + tally.gone + tally.failed.length;
  const gone = tally.gone > 0 ? `, ${tally.gone} deleted meanwhile` : '';
  return [
    `${total} articles extracted again in ${seconds.toFixed(1)}s (extractor version ${EXTRACTOR_VERSION}): ${tally.changed} changed, ${tally.unchanged} unchanged, ${tally.failed.length} failed${gone}`,
    ...tally.failed.map((failure) => `  failed article ${failure.articleId}: ${failure.reason}`),
    '',
  ].join('\n');
}

/** Given a finished re-extraction batch and how long it took, returns the summary of a `--queue --wait` run. */
export function formatQueuedReextractSummary(batch: IngestBatch, seconds: number): string {
  return [
    `${batch.total} articles extracted again by the workers in ${seconds.toFixed(1)}s (batch ${batch.id}): ${batch.updated} changed, ${batch.unchanged} unchanged, ${batch.failed} failed`,
    ...batch.failures.map((failure) => `  failed #${failure.index}: ${failure.reason}`),
    '',
  ].join('\n');
}

/**
 * Given the command line and the process streams, extracts the chosen stored articles again (see
 * reextractArticles) in `DATABASE_URL` or the embedded database, prints progress to stderr and a
 * summary to stdout, and returns the exit status: 0 when every article was done, 1 when any failed,
 * 2 when the arguments, the configuration or the database are unusable. With `--queue` it enqueues
 * one job per article as a batch for the workers instead (status 0 once enqueued), and with
 * `--wait` follows the batch until they are done (status 1 when any article failed).
 */
export async function runReextractCli(io: ReextractIo): Promise<number> {
  let args;
  let config;
  try {
    args = parseReextractArgs(io.argv);
    if (args.help) {
      io.stdout.write(REEXTRACT_USAGE);
      return REEXTRACT_EXIT.ok;
    }
    config = loadConfig(io.env);
  } catch (error) {
    io.stderr.write(`reextract: ${reasonOf(error)} (see --help)\n`);
    return REEXTRACT_EXIT.usage;
  }
  const started = Date.now();
  let database;
  try {
    database = await io.openDatabase(config, pino({ level: 'warn' }, pino.destination(2)));
  } catch (error) {
    io.stderr.write(`reextract: cannot open the database: ${reasonOf(error)}\n`);
    return REEXTRACT_EXIT.usage;
  }
  try {
    if (args.queue) return await enqueueAndFollow(database, args, started, io);
    const total = await countArticlesToReextract(database.dataSource, args.scope);
    const progress = createProgress({ articles: total }, io.stderr, 'extracted');
    const tally = await reextractArticles({
      dataSource: database.dataSource,
      scope: args.scope,
      concurrency: args.concurrency,
      progress,
    });
    progress.stop();
    io.stdout.write(formatReextractSummary(tally, (Date.now() - started) / 1000));
    return tally.failed.length > 0 ? REEXTRACT_EXIT.someFailed : REEXTRACT_EXIT.ok;
  } finally {
    await database.close();
  }
}

/** `--queue [--wait]`: one job per article of the scope, as one batch for the workers. */
async function enqueueAndFollow(
  database: OpenDatabase,
  args: ReextractArgs,
  started: number,
  io: ReextractIo,
): Promise<number> {
  const batchId = await enqueueReextraction(database.dataSource, args.scope);
  const enqueued = await loadIngestBatch(database.dataSource, batchId);
  io.stdout.write(`enqueued ${enqueued?.total ?? 0} articles as batch ${batchId}\n`);
  if (!args.wait) return REEXTRACT_EXIT.ok;
  const progress = createProgress({ articles: enqueued?.total ?? 0 }, io.stderr, 'extracted');
  const batch = await waitForReextraction(database.dataSource, batchId, progress);
  progress.stop();
  io.stdout.write(formatQueuedReextractSummary(batch, (Date.now() - started) / 1000));
  return batch.failed > 0 ? REEXTRACT_EXIT.someFailed : REEXTRACT_EXIT.ok;
}

import { stat } from 'node:fs/promises';
import pino, { type Logger } from 'pino';
import { describeFailure } from '../../cli';
import { loadConfig, type Config } from '../../config';
import type { OpenDatabase } from '../../db/open-database';
import { analyzeAfterBulkLoad, DEFAULT_ANALYZE_THRESHOLD } from '../analyze-after-bulk-load';
import { reasonOf } from './article-record';
import { enqueueRecords, waitForBatch } from './enqueue-records';
import { formatSummary } from './format-summary';
import { ingestRecords } from './ingest-records';
import { listInputFiles } from './list-input-files';
import { parseCliArgs, USAGE } from './parse-cli-args';
import { createProgress, type ProgressStream, type ProgressTotal } from './progress';
import { readArticles, readLimitsFor, type ByteCount } from './read-articles';

/** The process around the CLI, passed in so tests can run it in-process. */
export interface CliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  /** The summary. */
  stdout: NodeJS.WritableStream;
  /** Progress, warnings and usage errors. */
  stderr: ProgressStream;
  /** Opens the application's database (the composition's `openQuoteGraphDatabase`). */
  openDatabase: (config: Config, logger: Logger) => Promise<OpenDatabase>;
  /** Past how many stored articles the run ends with ANALYZE (default 1,000; tests lower it). */
  analyzeThreshold?: number;
}

/** Exit statuses: all stored, some articles failed, or the run could not start. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

// Files are streamed, so how many articles they hold is known only at the end: progress is by bytes.
async function progressTotal(files: readonly string[], count: ByteCount): Promise<ProgressTotal> {
  if (files.includes('-')) return null;
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (info) => info.size,
        () => 0,
      ),
    ),
  );
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), read: () => count.bytes };
}

/**
 * Given the command line and the process streams, streams every article named into `DATABASE_URL`
 * or the embedded database (memory bounded whatever the input's size), prints progress to stderr
 * and a summary to stdout, runs ANALYZE after a bulk load, and returns the exit status: 0 when
 * every article was stored or already there, 1 when any failed, 2 when the arguments, the
 * configuration or the database are unusable (one line on stderr). With `--queue` the articles are enqueued as one
 * batch for the workers instead (status 0 once enqueued), and with `--wait` followed until the
 * workers are done, with progress, the same summary and status (the workers run ANALYZE).
 */
export async function runIngestCli(io: CliIo): Promise<number> {
  let args;
  let config;
  try {
    args = parseCliArgs(io.argv);
    config = loadConfig(io.env);
  } catch (error) {
    io.stderr.write(`ingest: ${describeFailure(error)} (npm run ingest -- --help)\n`);
    return EXIT.usage;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const started = Date.now();
  const { files, skipped } = await listInputFiles(args.inputs);
  // Logs go to stderr so stdout carries only the summary, which scripts may parse.
  let database;
  try {
    database = await io.openDatabase(config, pino({ level: 'warn' }, pino.destination(2)));
  } catch (error) {
    // A running server holding the embedded database is named here (see DataDirInUseError).
    io.stderr.write(`ingest: cannot open the database: ${describeFailure(error)}\n`);
    return EXIT.usage;
  }
  try {
    if (args.queue) return await enqueueFiles(database, files, skipped, started, args.wait, config, io);
    const count: ByteCount = { bytes: 0 };
    const progress = createProgress(await progressTotal(files, count), io.stderr);
    const records = readArticles(files, io.stdin, readLimitsFor(config.maxArticleBytes), count);
    const tally = await ingestRecords(records, {
      dataSource: database.dataSource,
      maxArticleBytes: config.maxArticleBytes,
      concurrency: args.concurrency,
      progress,
    });
    progress.stop();
    await analyze(database, tally.created, io);
    io.stdout.write(formatSummary(tally, skipped, (Date.now() - started) / 1000));
    return tally.failedCount > 0 ? EXIT.someFailed : EXIT.ok;
  } finally {
    await database.close();
  }
}

// Statistics help every later query but the stored articles do not depend on them: a failure is a warning.
async function analyze(database: OpenDatabase, stored: number, io: CliIo): Promise<void> {
  try {
    const took = await analyzeAfterBulkLoad(
      database.dataSource,
      stored,
      io.analyzeThreshold ?? DEFAULT_ANALYZE_THRESHOLD,
    );
    if (took !== null) io.stderr.write(`analyzed the ingest tables for the query planner in ${took} ms\n`);
  } catch (error) {
    io.stderr.write(
      `ANALYZE after the load failed (queries may be slow until it runs): ${reasonOf(error)}\n`,
    );
  }
}

/**
 * `--queue [--wait]`: the records become one batch as they are read, so a file of any size is
 * enqueued in bounded memory; with `--wait` their origins are kept to name failures.
 */
async function enqueueFiles(
  database: OpenDatabase,
  files: readonly string[],
  skipped: Parameters<typeof formatSummary>[1],
  started: number,
  wait: boolean,
  config: Config,
  io: CliIo,
): Promise<number> {
  const origins: string[] = [];
  const limits = readLimitsFor(config.maxArticleBytes);
  const { batchId, total } = await enqueueRecords(
    database.dataSource,
    readArticles(files, io.stdin, limits, { bytes: 0 }),
    config.maxArticleBytes,
    wait ? (origin) => origins.push(origin) : undefined,
  );
  io.stdout.write(`enqueued ${total} articles as batch ${batchId}\n`);
  if (!wait) return EXIT.ok;
  const progress = createProgress({ articles: total }, io.stderr);
  const tally = await waitForBatch(database.dataSource, batchId, origins, progress);
  progress.stop();
  io.stdout.write(formatSummary(tally, skipped, (Date.now() - started) / 1000));
  return tally.failedCount > 0 ? EXIT.someFailed : EXIT.ok;
}

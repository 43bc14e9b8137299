import pino, { type Logger } from 'pino';
import { describeFailure } from '../../cli';
import { loadConfig, type Config } from '../../config';
import type { OpenDatabase } from '../../db/open-database';
import type { ArticleRecord } from './article-record';
import { formatSummary } from './format-summary';
import { ingestRecords } from './ingest-records';
import { listInputFiles } from './list-input-files';
import { parseCliArgs, USAGE } from './parse-cli-args';
import { createProgress, type ProgressStream } from './progress';
import { readArticles } from './read-articles';

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
}

/** Exit statuses: all stored, some articles failed, or the run could not start. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/**
 * Given the command line and the process streams, reads every article named, ingests them into
 * `DATABASE_URL` or the embedded database, prints progress to stderr and a summary to stdout, and
 * returns the exit status: 0 when every article was stored or already there, 1 when any failed,
 * 2 when the arguments, the configuration or the database are unusable (one line on stderr).
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
  const records: ArticleRecord[] = [];
  for (const file of await listInputFiles(args.inputs)) records.push(...(await readArticles(file, io.stdin)));
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
    const progress = createProgress(records.length, io.stderr);
    const tally = await ingestRecords(records, {
      dataSource: database.dataSource,
      maxArticleBytes: config.maxArticleBytes,
      concurrency: args.concurrency,
      progress,
    });
    progress.stop();
    io.stdout.write(formatSummary(tally, (Date.now() - started) / 1000));
    return tally.failed.length > 0 ? EXIT.someFailed : EXIT.ok;
  } finally {
    await database.close();
  }
}

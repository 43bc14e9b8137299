import { existsSync } from 'node:fs';
import { parseCommandLine, UsageError, wholeNumberOption } from '../../cli';

/** The command line, understood. */
export interface CliArgs {
  inputs: string[];
  concurrency: number;
  /** Enqueue for the workers instead of storing in this process. */
  queue: boolean;
  /** With `queue`: follow the batch until the workers are done with it. */
  wait: boolean;
  help: boolean;
}

/** Usage text shown by `--help`. */
export const USAGE = `Usage: npm run ingest -- [--concurrency N | --queue [--wait]] <file | folder | ->...

Reads articles and stores their quotes, speakers, places and topics.
  .txt    line 1 the headline, an optional dateline line, then one paragraph a line
  .json   one article object, or an array of them
  .jsonl  one article object a line; "-" reads JSON Lines from stdin
  .html   a saved news page; the article is found with Readability
Article fields: title, body (required); url, source, dateline, publishedAt.
Uses DATABASE_URL, or the embedded database under DATA_DIR (default .data).

  --concurrency N   articles ingested at once (default 4)
  --queue           enqueue the articles as one batch for the workers (npm run worker) and
                    print its id, instead of storing them here
  --wait            with --queue: show progress until the workers are done, then the summary
  --help            this text
`;

/**
 * Given the arguments after the script name, returns them parsed, or throws a `UsageError` (one
 * line for the user): an unknown option, a bad `--concurrency`, nothing to read, or a named file
 * or folder that does not exist (checked before the database is opened, so a typo costs nothing).
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { help, values, positionals } = parseCommandLine(argv, {
    options: {
      concurrency: { type: 'string', short: 'c' },
      queue: { type: 'boolean' },
      wait: { type: 'boolean' },
    },
    positionals: { min: 0, max: Infinity },
  });
  if (help) return { inputs: [], concurrency: 4, queue: false, wait: false, help };
  const concurrency = wholeNumberOption('concurrency', values.concurrency, 4, { min: 1, max: 64 });
  if (values.wait && !values.queue) throw new UsageError('--wait goes with --queue');
  if (positionals.length === 0) throw new UsageError('give at least one file, folder or "-"');
  const missing = positionals.find((input) => input !== '-' && !existsSync(input));
  if (missing !== undefined) throw new UsageError(`no such file or folder: ${missing}`);
  return { inputs: positionals, concurrency, queue: values.queue ?? false, wait: values.wait ?? false, help };
}

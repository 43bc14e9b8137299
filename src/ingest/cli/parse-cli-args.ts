import { parseArgs } from 'node:util';

/** The command line, understood. */
export interface CliArgs {
  inputs: string[];
  concurrency: number;
  help: boolean;
}

/** Usage text shown by `--help` and after a usage error. */
export const USAGE = `Usage: npm run ingest -- [--concurrency N] <file | folder | ->...

Reads articles and stores their quotes, speakers, places and topics.
  .txt    line 1 the headline, an optional dateline line, then one paragraph a line
  .json   one article object, or an array of them
  .jsonl  one article object a line; "-" reads JSON Lines from stdin
  .html   a saved news page; the article is found with Readability
Article fields: title, body (required); url, source, dateline, publishedAt.
Uses DATABASE_URL, or the embedded database under DATA_DIR (default .data).

  --concurrency N   articles ingested at once (default 4)
  --help            this text
`;

/** Given the arguments after the script name, returns them parsed, or throws a message for the user. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { concurrency: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } },
  });
  const concurrency = Number(values.concurrency ?? 4);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new Error('--concurrency must be a whole number from 1 to 64');
  }
  if (!values.help && positionals.length === 0) throw new Error('give at least one file, folder or "-"');
  return { inputs: positionals, concurrency, help: values.help ?? false };
}

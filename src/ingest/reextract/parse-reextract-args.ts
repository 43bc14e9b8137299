import { parseArgs } from 'node:util';

/** The reextract command line, understood. */
export interface ReextractArgs {
  /** Every stored article, or only those not extracted by the current EXTRACTOR_VERSION. */
  scope: 'all' | 'outdated';
  concurrency: number;
  help: boolean;
}

/** Usage text shown by `--help`. */
export const REEXTRACT_USAGE = `Usage: npm run reextract -- [--outdated | --all] [--concurrency N]

Runs the current extractor again over stored articles, from their stored text, and replaces each
article's quotes, speakers' links, places and topics in one transaction. Ids of quotes whose words
and speaker stay are kept; editorial fixes are applied again; speakers and places other articles
use stay. Prints progress to stderr and "N articles: a changed, b unchanged, c failed" to stdout.
Uses DATABASE_URL, or the embedded database under DATA_DIR (default .data).

  --outdated        only articles not extracted by the current extractor version (the default)
  --all             every stored article
  --concurrency N   articles at once (default 2)
  --help            this text, changing nothing
`;

/** Given the arguments after the script name, returns them parsed, or throws a one-line message for the user. */
export function parseReextractArgs(argv: readonly string[]): ReextractArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        all: { type: 'boolean' },
        outdated: { type: 'boolean' },
        concurrency: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util names the offending option; its hint about "--" is about scripts, not this one.
    throw new Error((error instanceof Error ? error.message : String(error)).split('. ')[0]);
  }
  const { values } = parsed;
  if (values.all && values.outdated) throw new Error('give --all or --outdated, not both');
  const concurrency = Number(values.concurrency ?? 2);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    throw new Error('--concurrency must be a whole number from 1 to 16');
  }
  return { scope: values.all ? 'all' : 'outdated', concurrency, help: values.help ?? false };
}

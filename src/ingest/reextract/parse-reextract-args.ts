import { parseCommandLine, UsageError, wholeNumberOption } from '../../cli';

/** The reextract command line, understood. */
export interface ReextractArgs {
  /** Every stored article, or only those not extracted by the current EXTRACTOR_VERSION. */
  scope: 'all' | 'outdated';
  concurrency: number;
  /** Enqueue one job per article, as a batch for the workers, instead of extracting in this process. */
  queue: boolean;
  /** With `queue`: follow the batch until the workers are done with it. */
  wait: boolean;
  help: boolean;
}

/** Usage text shown by `--help`. */
export const REEXTRACT_USAGE = `Usage: npm run reextract -- [--outdated | --all] [--concurrency N | --queue [--wait]]

Runs the current extractor again over stored articles, from their stored text, and replaces each
article's quotes, speakers' links, places and topics in one transaction. Ids of quotes whose words
and speaker stay are kept; editorial fixes are applied again; speakers and places other articles
use stay. Prints progress to stderr and "N articles: a changed, b unchanged, c failed" to stdout.
Uses DATABASE_URL, or the embedded database under DATA_DIR (default .data).

  --outdated        only articles not extracted by the current extractor version (the default)
  --all             every stored article
  --concurrency N   articles at once (default 2)
  --queue           enqueue one job per article as one batch for the workers (npm run worker)
                    and print its id, instead of extracting here
  --wait            with --queue: show progress until the workers are done, then the summary
  --help            this text, changing nothing
`;

/** Given the arguments after the script name, returns them parsed, or throws a one-line UsageError. */
export function parseReextractArgs(argv: readonly string[]): ReextractArgs {
  const line = parseCommandLine(argv, {
    options: {
      all: { type: 'boolean' },
      outdated: { type: 'boolean' },
      concurrency: { type: 'string', short: 'c' },
      queue: { type: 'boolean' },
      wait: { type: 'boolean' },
    },
  });
  if (line.help) return { scope: 'outdated', concurrency: 2, queue: false, wait: false, help: true };
  if (line.values.all && line.values.outdated) throw new UsageError('give --all or --outdated, not both');
  if (line.values.wait && !line.values.queue) throw new UsageError('--wait goes with --queue');
  if (line.values.queue && line.values.concurrency !== undefined) {
    throw new UsageError('--concurrency is for a run in this process; the workers set their own');
  }
  const concurrency = wholeNumberOption('concurrency', line.values.concurrency, 2, { min: 1, max: 16 });
  return {
    scope: line.values.all ? 'all' : 'outdated',
    concurrency,
    queue: line.values.queue ?? false,
    wait: line.values.wait ?? false,
    help: false,
  };
}

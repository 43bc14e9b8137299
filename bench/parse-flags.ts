import { UsageError, type OptionSpec } from '../src/cli';

/** Given a benchmark's defaults, returns its options: each `--name value`. */
export function flagOptions(defaults: Record<string, number | string>): OptionSpec {
  return Object.fromEntries(Object.keys(defaults).map((name) => [name, { type: 'string' as const }]));
}

/**
 * Given the parsed option values and the defaults, returns every flag, numbers as numbers, or
 * throws a `UsageError` for a number flag whose value is not a positive number.
 */
export function readFlags<T extends Record<string, number | string>>(
  values: Record<string, string | boolean | undefined>,
  defaults: T,
): T {
  const flags: Record<string, number | string> = { ...defaults };
  for (const [name, fallback] of Object.entries(defaults)) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    if (typeof fallback === 'string') flags[name] = value;
    else if (Number.isFinite(Number(value)) && Number(value) > 0) flags[name] = Number(value);
    else throw new UsageError(`--${name} takes a positive number`);
  }
  return flags as T;
}

/**
 * Given argv after the script name, the defaults and the script's usage text, returns `--name value`
 * flags as numbers or strings; `--help` prints the usage and ends the process, changing nothing.
 */
export function parseFlags<T extends Record<string, number | string>>(
  argv: readonly string[],
  defaults: T,
  usage: string,
): T {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  const flags: Record<string, number | string> = { ...defaults };
  for (let index = 0; index < argv.length; index += 2) {
    const name = argv[index]?.replace(/^--/, '') ?? '';
    const value = argv[index + 1];
    if (!(name in defaults) || value === undefined)
      throw new Error(`unknown or incomplete flag: ${argv[index]}`);
    flags[name] = typeof defaults[name] === 'number' ? Number(value) : value;
    if (typeof defaults[name] === 'number' && !Number.isFinite(flags[name]))
      throw new Error(`--${name} takes a number`);
  }
  return flags as T;
}

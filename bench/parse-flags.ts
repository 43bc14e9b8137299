/** Given argv after the script name and the defaults, returns `--name value` flags as numbers or strings. */
export function parseFlags<T extends Record<string, number | string>>(
  argv: readonly string[],
  defaults: T,
): T {
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

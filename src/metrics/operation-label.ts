/** Distinct operation names a registry keeps as labels; others count as "other" (clients choose names). */
const MAX_OPERATION_NAMES = 100;

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Returns a function that, given an operation's name, returns the label to count it under: the
 * name itself for the first 100 plain names seen, "anonymous" without one, else "other". Every
 * label value is a time series kept forever, so a client sending random names must not grow them.
 */
export function operationLabeller(): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (seen.has(name)) return name;
    if (!PLAIN_NAME.test(name) || seen.size >= MAX_OPERATION_NAMES) return 'other';
    seen.add(name);
    return name;
  };
}

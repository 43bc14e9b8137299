/**
 * Given a name and a value, prints a measured figure (a timing, a count) on its own line for the
 * run's log. Figures are reported, never asserted: timings vary with the machine.
 */
export function reportFigure(name: string, value: string | number): void {
  process.stdout.write(`[security figure] ${name}: ${value}\n`);
}

const median = (durations: number[]): number =>
  [...durations].sort((a, b) => a - b)[Math.floor(durations.length / 2)] ?? NaN;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Given a function, runs it `times` times one after another and returns the median duration in ms. */
export async function medianMs(times: number, work: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  for (let run = 0; run < times; run += 1) durations.push(await timed(work));
  return median(durations);
}

/**
 * Given two functions, runs them in turn `times` times each and returns both median durations in ms.
 * Alternating keeps a busy machine's drift out of the comparison.
 */
export async function pairedMediansMs(
  times: number,
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
): Promise<[number, number]> {
  const firsts: number[] = [];
  const seconds: number[] = [];
  for (let run = 0; run < times; run += 1) {
    firsts.push(await timed(first));
    seconds.push(await timed(second));
  }
  return [median(firsts), median(seconds)];
}

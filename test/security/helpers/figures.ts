/**
 * Given a name and a value, prints a measured figure (a timing, a count) on its own line for the
 * run's log. Figures are reported, never asserted: timings vary with the machine.
 */
export function reportFigure(name: string, value: string | number): void {
  process.stdout.write(`[security figure] ${name}: ${value}\n`);
}

/** Given a function, runs it `times` times one after another and returns the median duration in ms. */
export async function medianMs(times: number, work: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  for (let run = 0; run < times; run += 1) {
    const started = process.hrtime.bigint();
    await work();
    durations.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  durations.sort((a, b) => a - b);
  return durations[Math.floor(durations.length / 2)] ?? NaN;
}

/** Latency figures of a closed-loop run. */
export interface LoopFigures {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const percentile = (sorted: readonly number[], fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;

/** Given the latencies of a run in ms (any order) and its duration, returns its figures. */
export function loopFigures(latencies: number[], elapsedSeconds: number): LoopFigures {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

/**
 * Given an async operation, a number of concurrent workers and a duration, runs the operation in a
 * closed loop (each worker starts the next call when the last one ends) and returns throughput and
 * latency percentiles measured with a microsecond clock.
 */
export async function measureLoop(
  operation: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<LoopFigures> {
  const latencies: number[] = [];
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const worker = async (): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      const started = process.hrtime.bigint();
      await operation();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return loopFigures(latencies, (Date.now() - started) / 1000);
}

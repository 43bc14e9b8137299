import type { IngestTally } from './ingest-records';

/**
 * Given a run's tally and how long it took, returns the summary printed at the end: one line of
 * counts, then each failure on its own line with where it came from and why.
 */
export function formatSummary(tally: IngestTally, seconds: number): string {
  const total = tally.created + tally.unchanged + tally.failed.length;
  const lines = [
    `${total} articles in ${seconds.toFixed(1)}s: ${tally.created} created, ${tally.unchanged} unchanged, ${tally.failed.length} failed`,
    ...tally.failed.map((failure) => `  failed ${failure.origin}: ${failure.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

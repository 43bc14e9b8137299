import type { IngestTally } from './ingest-records';

/** How many skipped files the summary names; the rest are counted. */
const MAX_LISTED_SKIPS = 20;

/**
 * Given a run's tally, the files it skipped and how long it took, returns the summary printed at
 * the end: one line of counts, each failure on its own line with where it came from and why, then
 * the files skipped in folders for their type.
 */
export function formatSummary(tally: IngestTally, skipped: readonly string[], seconds: number): string {
  const total = tally.created + tally.updated + tally.unchanged + tally.failedCount;
  const unlisted = tally.failedCount - tally.failed.length;
  const lines = [
    `${total} articles in ${seconds.toFixed(1)}s: ${tally.created} created, ${tally.updated} updated, ${tally.unchanged} unchanged, ${tally.failedCount} failed`,
    ...tally.failed.map((failure) => `  failed ${failure.origin}: ${failure.reason}`),
    ...(unlisted > 0 ? [`  … and ${unlisted} more failures`] : []),
  ];
  if (skipped.length > 0) {
    lines.push(
      `skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}: not .txt/.html/.json/.jsonl`,
    );
    lines.push(...skipped.slice(0, MAX_LISTED_SKIPS).map((file) => `  skipped ${file}`));
    if (skipped.length > MAX_LISTED_SKIPS) lines.push(`  … and ${skipped.length - MAX_LISTED_SKIPS} more`);
  }
  return `${lines.join('\n')}\n`;
}

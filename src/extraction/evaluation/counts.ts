/** Counts behind a precision/recall figure. */
export interface Counts {
  gold: number;
  extracted: number;
  matched: number;
}

/** Given lists of counts, returns their sum. */
export function sumCounts(counts: readonly Counts[]): Counts {
  return counts.reduce(
    (total, next) => ({
      gold: total.gold + next.gold,
      extracted: total.extracted + next.extracted,
      matched: total.matched + next.matched,
    }),
    { gold: 0, extracted: 0, matched: 0 },
  );
}

import { tokenOverlap } from './token-overlap';

/** A gold quote paired with an extracted one. */
export interface TextPair {
  gold: number;
  extracted: number;
  overlap: number;
}

/**
 * Given gold and extracted texts and a threshold, returns a one-to-one pairing: pairs with token
 * overlap at or above the threshold, best first, each text used at most once.
 */
export function matchQuotes(
  gold: readonly string[],
  extracted: readonly string[],
  threshold: number,
): TextPair[] {
  const candidates: TextPair[] = [];
  gold.forEach((goldText, goldIndex) => {
    extracted.forEach((text, extractedIndex) => {
      const overlap = tokenOverlap(goldText, text);
      if (overlap >= threshold) candidates.push({ gold: goldIndex, extracted: extractedIndex, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.extracted - b.extracted);
  const usedGold = new Set<number>();
  const usedExtracted = new Set<number>();
  const pairs: TextPair[] = [];
  for (const pair of candidates) {
    if (usedGold.has(pair.gold) || usedExtracted.has(pair.extracted)) continue;
    usedGold.add(pair.gold);
    usedExtracted.add(pair.extracted);
    pairs.push(pair);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

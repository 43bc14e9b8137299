import { foldLetters } from '../speakers/fold-name';

/** Given a text, returns its words lowercased, letters folded and apostrophes unified. */
export function overlapTokens(text: string): string[] {
  return foldLetters(text.replace(/[’‘]/g, "'")).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

/**
 * Given two texts, returns how much their words overlap: the Dice coefficient of the two word
 * multisets (2·shared / (|a| + |b|)), 1 for the same words, 0 for none shared.
 */
export function tokenOverlap(a: string, b: string): number {
  const left = overlapTokens(a);
  const right = overlapTokens(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const token of left) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of right) {
    const count = counts.get(token) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(token, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

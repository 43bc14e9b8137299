import type { ExtractedQuote, QuoteKind } from '../types';
import type { GoldQuote } from './gold-article';
import { matchQuotes } from './match-quotes';

/** A required gold quote paired with an extracted one; indices are into the article's full lists. */
export interface QuotePair {
  gold: number;
  extracted: number;
  overlap: number;
}

/** The pairing of one kind at one threshold. */
export interface KindPairing {
  pairs: QuotePair[];
  /** Extracted quotes that only match an optional gold item: neither rewarded nor punished. */
  neutral: Set<number>;
  /** Indices of the required gold quotes of this kind. */
  required: number[];
  /** Indices of the extracted quotes of this kind. */
  extracted: number[];
}

const indicesWhere = <T>(items: readonly T[], keep: (item: T) => boolean): number[] =>
  items.flatMap((item, index) => (keep(item) ? [index] : []));

/**
 * Given gold and extracted quotes, a kind and a token-overlap threshold, returns the one-to-one
 * pairs of required gold quotes with extracted ones, and the extracted quotes left over that match
 * an optional gold item, which scoring leaves out on both sides.
 */
export function pairQuotes(
  gold: readonly GoldQuote[],
  extracted: readonly ExtractedQuote[],
  kind: QuoteKind,
  threshold: number,
): KindPairing {
  const required = indicesWhere(gold, (quote) => quote.kind === kind && !quote.optional);
  const optional = indicesWhere(gold, (quote) => quote.kind === kind && quote.optional);
  const ofKind = indicesWhere(extracted, (quote) => quote.kind === kind);
  const textsOf = (indices: number[], list: readonly { text: string }[]): string[] =>
    indices.map((index) => list[index]?.text ?? '');

  const pairs = matchQuotes(textsOf(required, gold), textsOf(ofKind, extracted), threshold).map((pair) => ({
    gold: required[pair.gold] ?? -1,
    extracted: ofKind[pair.extracted] ?? -1,
    overlap: pair.overlap,
  }));
  const paired = new Set(pairs.map((pair) => pair.extracted));
  const leftOver = ofKind.filter((index) => !paired.has(index));
  const neutral = new Set(
    matchQuotes(textsOf(optional, gold), textsOf(leftOver, extracted), threshold).map(
      (pair) => leftOver[pair.extracted] ?? -1,
    ),
  );
  return { pairs, neutral, required, extracted: ofKind };
}

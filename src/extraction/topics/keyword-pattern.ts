import { splitWords, stemWord } from './stem-words';

/** Words a gap (`…`) may skip, within one clause: "deploy about 1,500 additional US troops". */
export const GAP_WORDS = 5;

/** A keyword as written, read into places: the words each accepts, or null for a gap. */
export interface KeywordParts {
  /** Lower-case words per place; null is a gap of up to `GAP_WORDS` words. */
  places: (readonly string[] | null)[];
  /** An exception names a wider phrase in which the topic's keywords do not count ("-customer base"). */
  exception: boolean;
}

/** One position of a pattern: the word keys it accepts, or a gap of up to `GAP_WORDS` words. */
export type PatternSlot = { kind: 'word'; keys: ReadonlySet<string> } | { kind: 'gap' };

/** A keyword compiled for matching: its slots in order, and whether it is an exception. */
export interface KeywordPattern {
  slots: PatternSlot[];
  exception: boolean;
}

const GAP = /^(?:…|\.\.\.)$/;

function placesOf(piece: string): (readonly string[] | null)[] {
  if (GAP.test(piece)) return [null];
  if (!piece.includes('|')) return splitWords(piece).map((word) => [word]);
  // Alternatives fill one place each: "deploy|send"; an alternative of several words is dropped.
  const words = piece
    .split('|')
    .map(splitWords)
    .filter((alternative) => alternative.length === 1)
    .map((alternative) => alternative[0] ?? '');
  return words.length === 0 ? [] : [words];
}

/**
 * Given a keyword as a taxonomy writes it, returns its places, or null when it names no word.
 * Words are matched by stem ("deploy" finds "deployed"); `a|b` accepts either word in one place;
 * `…` (or `...`) skips up to five words of the same clause; a leading `-` makes it an exception.
 * Gaps at either end, or next to each other, mean nothing and are dropped.
 */
export function readKeyword(keyword: string): KeywordParts | null {
  const trimmed = keyword.trim();
  const exception = trimmed.startsWith('-');
  const places: (readonly string[] | null)[] = [];
  for (const piece of (exception ? trimmed.slice(1) : trimmed).split(/\s+/)) {
    for (const place of placesOf(piece)) {
      if (place === null && (places.length === 0 || places[places.length - 1] === null)) continue;
      places.push(place);
    }
  }
  while (places.length > 0 && places[places.length - 1] === null) places.pop();
  return places.length === 0 ? null : { places, exception };
}

/** Given a keyword as a taxonomy writes it, returns it compiled for matching, or null (see `readKeyword`). */
export function parseKeyword(keyword: string): KeywordPattern | null {
  const parts = readKeyword(keyword);
  if (parts === null) return null;
  const slots = parts.places.map((place): PatternSlot =>
    place === null ? { kind: 'gap' } : { kind: 'word', keys: new Set(place.map(stemWord)) },
  );
  return { slots, exception: parts.exception };
}

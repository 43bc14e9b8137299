import { foldName } from './fold';

/** A word of a paragraph with what the place rules need to know about it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Two or more letters, all capitals ("US", "MOSCOW"). */
  allCaps: boolean;
  /** First word of a sentence, a quotation or a bracket: capitalised by grammar, not by name. */
  sentenceInitial: boolean;
  /** Separated from the previous token by nothing but one space, a hyphen or "St. "-style dot. */
  joinedToPrevious: boolean;
}

// Dotted abbreviations first ("U.S.", "D.C."), then words with inner hyphens and apostrophes.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SENTENCE_END = /[.!?:;“"‘«([—–•]\s*$|^\s*[-•*]\s*$/;
const JOINING_GAP = /^(?: |-|\. )$/;

/**
 * Given one paragraph, returns its words with character offsets into that string. A possessive
 * "'s" is left out of the token ("Russia's" → "Russia") so the name matches; hyphenated names are
 * split into joined tokens ("Ivano-Frankivsk", "Russia-Ukraine") so both whole and parts match.
 */
export function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of paragraph.matchAll(WORD)) {
    const start = match.index;
    let text = match[0];
    if (text.length > 3 && (text.endsWith("'s") || text.endsWith('’s'))) text = text.slice(0, -2);
    const end = start + text.length;
    const first = text.charAt(0);
    const capitalised = first !== first.toLowerCase();
    // Only capitalised words start names or stand beside them: the costlier facts are for them.
    const gap = tokens.length === 0 || capitalised ? paragraph.slice(previousEnd, start) : '';
    tokens.push({
      start,
      end,
      text,
      folded: foldName(text),
      capitalised,
      allCaps: capitalised && text.length >= 2 && text === text.toUpperCase() && /\p{L}.*\p{L}/u.test(text),
      sentenceInitial:
        tokens.length === 0 || (capitalised && (SENTENCE_END.test(gap) || /[.!?]["”’)]?\s+$/.test(gap))),
      joinedToPrevious:
        tokens.length > 0 &&
        (start - previousEnd === 1
          ? paragraph.charAt(start - 1) === ' ' || paragraph.charAt(start - 1) === '-'
          : JOINING_GAP.test(paragraph.slice(previousEnd, start))),
    });
    previousEnd = end;
  }
  return tokens;
}

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
    if (/['’]s$/.test(text) && text.length > 3) text = text.slice(0, -2);
    const end = start + text.length;
    const gap = paragraph.slice(previousEnd, start);
    const first = text.charAt(0);
    const letters = text.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start,
      end,
      text,
      folded: foldName(text),
      capitalised: first !== first.toLowerCase(),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase(),
      sentenceInitial: tokens.length === 0 || SENTENCE_END.test(gap) || /[.!?]["”’)]?\s+$/.test(gap),
      joinedToPrevious: tokens.length > 0 && JOINING_GAP.test(gap),
    });
    previousEnd = end;
  }
  return tokens;
}

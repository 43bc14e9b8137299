/** A word of a paragraph with its position. */
export interface Token {
  /** The word as written, a trailing possessive ('s) removed. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Was written with a possessive 's ("Russia's"). */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{M}\p{N}]+)*\.?/gu;
const DOTTED = /^(?:\p{L}\.)+$/u;
const ABBREVIATIONS = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'st.',
  'gen.',
  'lt.',
  'col.',
  'sgt.',
  'capt.',
  'gov.',
  'sen.',
  'rep.',
  'jr.',
  'sr.',
  'prof.',
  'no.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  'vs.',
  'etc.',
  'inc.',
  'ltd.',
  'co.',
  'corp.',
  'maj.',
  'adm.',
  'rev.',
  'mt.',
]);
const POSSESSIVE = /['’]s$/;

/** True when a word ending in a full stop is an abbreviation rather than a sentence end. */
export function isAbbreviation(word: string): boolean {
  return DOTTED.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Given a text, returns its words in order. A full stop stays on a word only when the word is an
 * abbreviation ("U.S.", "Mr."), so sentence ends never glue onto names.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    if (word.endsWith('.') && !isAbbreviation(word)) word = word.slice(0, -1);
    const possessive = POSSESSIVE.test(word) && word.length > 2;
    const shown = possessive ? word.slice(0, -2) : word;
    const first = shown.charAt(0);
    tokens.push({
      text: shown,
      lower: shown.toLowerCase(),
      start,
      end: start + word.length,
      capitalised: first !== first.toLowerCase(),
      possessive,
    });
  }
  return tokens;
}

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
const FULL_STOP = 46;
const APOSTROPHES = new Set(["'", '’']);

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
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    let word = match[0];
    const start = match.index;
    if (word.charCodeAt(word.length - 1) === FULL_STOP && !isAbbreviation(word)) word = word.slice(0, -1);
    const possessive =
      word.length > 2 &&
      word.charAt(word.length - 1) === 's' &&
      APOSTROPHES.has(word.charAt(word.length - 2));
    const shown = possessive ? word.slice(0, -2) : word;
    const lower = shown.toLowerCase();
    tokens.push({
      text: shown,
      lower,
      start,
      end: start + word.length,
      capitalised: shown.charAt(0) !== lower.charAt(0),
      possessive,
    });
  }
  return tokens;
}

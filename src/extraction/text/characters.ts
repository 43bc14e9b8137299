/** Spaces that look like a space but are not U+0020: they would break word and quote matching. */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
/** Zero-width characters copied from web pages carry no meaning and split words invisibly. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Given one line of raw text, returns it with odd spaces turned into plain spaces, zero-width
 * characters removed, runs of spaces collapsed and the ends trimmed.
 */
export function normaliseLine(line: string): string {
  return line.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Kinds of quotation mark that pair with each other: a quotation opened with one kind closes with
 * the same kind, and marks of another kind inside it are a quotation within the quotation.
 */
export type MarkFamily = 'double' | 'angle' | 'single';

/** Double marks that open a quotation: curly, low-9 („) and the reversed double prime. */
export const OPENING_DOUBLE = new Set(['\u201c', '\u201e', '\u2036']);
/** Double marks that close one: the curly closing mark and the double prime (″) some pages print. */
export const CLOSING_DOUBLE = new Set(['\u201d', '\u2033']);
/** The straight double mark, whose direction is read from its neighbours. */
export const STRAIGHT_DOUBLE = '"';
/** Guillemets, in either of the directions languages use them. */
export const ANGLE_MARKS = new Set(['\u00ab', '\u00bb']);
/** Single marks that may quote (British style) or be apostrophes: straight, left and right curly. */
export const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019']);

/** Given a character, returns the family of quotation marks it belongs to, or null. */
export function markFamily(char: string): MarkFamily | null {
  if (char === STRAIGHT_DOUBLE || OPENING_DOUBLE.has(char) || CLOSING_DOUBLE.has(char)) return 'double';
  if (ANGLE_MARKS.has(char)) return 'angle';
  if (SINGLE_MARKS.has(char)) return 'single';
  return null;
}

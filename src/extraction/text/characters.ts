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

/** Opening double marks, including the low-9 mark („) that some outlets open with. */
export const OPENING_DOUBLE = new Set(['\u201c', '\u201e', '\u00ab']);
/** The straight double mark, whose direction is read from its neighbours. */
export const STRAIGHT_DOUBLE = '"';

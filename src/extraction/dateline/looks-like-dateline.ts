import { readDatelineParts } from './dateline-parts';

const MAX_LENGTH = 60;
const MAX_WORDS = 8;

/**
 * Given one line of an article file, returns true when it is a dateline ("13:20, 26 April",
 * "MINSK, 2 March") rather than a paragraph: short, not ending like a sentence, and naming a day.
 */
export function looksLikeDateline(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_LENGTH || text.split(/\s+/).length > MAX_WORDS) return false;
  if (/[!?"“”]$/.test(text) || (/\.$/.test(text) && !/\b[a-z]{3,4}\.$/i.test(text))) return false;
  return readDatelineParts(text) !== null;
}

import { TITLE_HEADS } from '../lexicon/titles';
import type { Token } from '../text/tokenize';
import { countryOfWord, isPlaceWord, isRoleWord } from './word-classes';

/**
 * Given the words of a role ("Belarus President", "Russian Foreign Minister", "Governor of the
 * National Bank of Romania") and the text they come from, returns the role as a phrase, a country
 * first written as a modifier moved behind ("President of Belarus"), and the country it names.
 */
export function readRole(
  text: string,
  tokens: readonly Token[],
): { role: string; country: string | null } | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined || !tokens.some((token) => TITLE_HEADS.has(token.lower)))
    return null;
  const phrase = text.slice(first.start, last.end).replace(/^(?:the|a|an|as)\s+/i, '');
  const countryToken = tokens.find((token) => countryOfWord(token.text) !== null);
  const country = countryToken === undefined ? null : countryOfWord(countryToken.text);
  const hasOf = tokens.some((token) => token.lower === 'of');
  if (
    country !== null &&
    first === countryToken &&
    !hasOf &&
    tokens.length > 1 &&
    !first.text.includes('.')
  ) {
    const rest = tokens[1];
    if (rest !== undefined && first.capitalised)
      return { role: `${text.slice(rest.start, last.end)} of ${country}`, country };
  }
  return { role: phrase, country };
}

/**
 * Given a paragraph's words and the index of a title word, returns the index where the role phrase
 * starts: walking left over modifiers, domain words and countries ("former transport minister").
 */
export function roleStartBefore(tokens: readonly Token[], titleIndex: number): number {
  let start = titleIndex;
  while (start > 0) {
    const previous = tokens[start - 1];
    if (previous === undefined || !(isRoleWord(previous) || isPlaceWord(previous))) break;
    start -= 1;
  }
  return start;
}

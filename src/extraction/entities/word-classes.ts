import { NAME_PARTICLES, NON_NAME_CAPITALS } from '../lexicon/function-words';
import { KNOWN_ORGANISATIONS, ORGANISATION_HEADS, PLACE_HEADS } from '../lexicon/organisations';
import { DOMAIN_WORDS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { demonymToCountry, isKnownPlaceName } from '../places';
import type { Token } from '../text/tokenize';

const MAX_CACHED = 50_000;
/** Names repeat across a stream of articles; the gazetteer lookups behind them need not. */
const countryCache = new Map<string, string | null>();

/** Given a word, returns the country it names or is the demonym of ("Russian", "Russia" -> "Russia"), or null. */
export function countryOfWord(word: string): string | null {
  let country = countryCache.get(word);
  if (country === undefined) {
    if (countryCache.size >= MAX_CACHED) countryCache.clear();
    country = demonymToCountry(word) ?? (isKnownPlaceName(word) ? word : null);
    countryCache.set(word, country);
  }
  return country;
}

/** True for a word that names a place or a people, or heads a place name ("Oblast"). */
export function isPlaceWord(token: Token): boolean {
  return PLACE_HEADS.has(token.lower) || countryOfWord(token.text) !== null;
}

/** True for a word that belongs to a role rather than a name ("President", "Foreign", "Transport"). */
export function isRoleWord(token: Token): boolean {
  return (
    TITLE_HEADS.has(token.lower) ||
    HONORIFICS.has(token.lower) ||
    TITLE_MODIFIERS.has(token.lower) ||
    DOMAIN_WORDS.has(token.lower)
  );
}

/** True for an all-capitals abbreviation ("BNR", "INS"). */
export function isAcronym(token: Token): boolean {
  return /^\p{Lu}{2,6}$/u.test(token.text);
}

/** A middle initial ("C.", "J.") inside a name. */
export function isInitial(token: Token): boolean {
  return /^\p{Lu}\.$/u.test(token.text);
}

/** A contraction ("You're", "We'll", "Don't"): a capitalised word that is never a name. */
const CONTRACTION = /['’](?:re|ll|ve|d|m|t)$/iu;

/** True for a word that can be part of a person's name. */
export function isNameWord(token: Token): boolean {
  if (NAME_PARTICLES.has(token.text)) return true;
  if (!token.capitalised || isAcronym(token) || token.text.includes('.') || CONTRACTION.test(token.text))
    return false;
  if (NON_NAME_CAPITALS.has(token.lower) || isRoleWord(token)) return false;
  if (ORGANISATION_HEADS.has(token.lower) || KNOWN_ORGANISATIONS.has(token.lower)) return false;
  return !isPlaceWord(token) && /\p{L}/u.test(token.text);
}

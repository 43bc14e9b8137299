import { COMMON_WORD_CITY_NAMES } from './data/common-words';
import { GIVEN_NAMES } from './data/name-words';
import { foldName } from './fold';
import { getGazetteer } from './gazetteer';

/** A city smaller than this is more often a surname or a word than the town itself. */
const KNOWN_CITY = 50_000;

/**
 * Given a capitalised phrase ("Moscow", "Gomel Oblast", "Black Sea"), tells whether it is the name
 * of a place, so that name finders leave it out of person names. Countries, regions, seas and
 * areas count; so do cities of 50k+ people and hand-curated transliterations. Given names and
 * everyday words that are also towns ("Vladimir", "Victoria", "Mobile") do not, since as a token
 * of a person's name they are likelier than the town, unless the town is a national capital or
 * a city of a million ("Washington", "Paris"), which news names far more often than any person.
 * One-word regions of the world list ("Guerrero", "Rivers", "Delta") are not taken either.
 */
export function isKnownPlaceName(text: string): boolean {
  const folded = foldName(text.trim().replace(/['’]s$/, ''));
  if (!folded) return false;
  const entries = getGazetteer().lookup(folded);
  if (!entries) return false;
  const givenOrWord = GIVEN_NAMES.has(folded) || COMMON_WORD_CITY_NAMES.has(folded);
  return entries.some((entry) => {
    if (entry.source === 'blocked') return false;
    // A bare word of the world's region list is as often a surname ("Guerrero", "Rivers").
    if (entry.source === 'region' && !entry.curated && !folded.includes(' ')) return false;
    if (entry.source !== 'city') return entry.source === 'country' || !givenOrWord;
    if (entry.featureCode === 'PPLC' || (entry.population ?? 0) >= 1_000_000) return true;
    return !givenOrWord && (entry.curated || (entry.population ?? 0) >= KNOWN_CITY);
  });
}

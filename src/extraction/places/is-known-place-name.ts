import { COMMON_WORD_CITY_NAMES } from './data/common-words';
import { GIVEN_NAMES } from './data/name-words';
import { foldName } from './fold';
import { getGazetteer } from './gazetteer';

/** A city smaller than this is more often a surname or a word than the town itself. */
const KNOWN_CITY = 50_000;

/**
 * Given a capitalised phrase ("Moscow", "Gomel Oblast", "Black Sea"), tells whether it is the name
 * of a place, so that name finders leave it out of person names. Countries, regions, seas and
 * areas count; so do cities of 50k+ people and hand-curated transliterations. Given names that
 * are also towns ("Vladimir", "Paris", "Washington") and everyday words ("Mobile") do not,
 * since as tokens of a person's name they are far likelier than the town.
 */
export function isKnownPlaceName(text: string): boolean {
  const folded = foldName(text.trim().replace(/['’]s$/, ''));
  if (!folded) return false;
  const entries = getGazetteer().lookup(folded);
  if (!entries) return false;
  const givenOrWord = GIVEN_NAMES.has(folded) || COMMON_WORD_CITY_NAMES.has(folded);
  return entries.some((entry) => {
    if (entry.source === 'blocked') return false;
    if (entry.source === 'country') return true;
    if (givenOrWord) return false;
    if (entry.source !== 'city') return true;
    return entry.curated || (entry.population ?? 0) >= KNOWN_CITY;
  });
}

import countries from 'world-countries';
import { COUNTRY_ALIASES } from './data/country-aliases';
import { foldName, slugify } from './fold';
import type { GazetteerEntry } from './gazetteer-entry';

/** Rank above every city and region: a country's name means the country unless context says otherwise. */
export const COUNTRY_RANK = 1e12;

/** English names that read better than world-countries' common name in wire copy. */
const PREFERRED_NAMES: Readonly<Record<string, string>> = { TR: 'Turkey' };

/** Countries with every English spelling that names them ("Belarus", "Republic of Belarus", "Belorussia"). */
export interface CountryTable {
  byCode: Map<string, GazetteerEntry>;
  /** [spelling, entry] pairs for the name index. */
  names: [string, GazetteerEntry][];
  /** Folded demonym ("belarusian") → country entry. */
  demonyms: Map<string, GazetteerEntry>;
}

/**
 * Builds the country table from `world-countries` (ODbL): common and official names, alternative
 * spellings longer than a code (codes like "BY" or "IN" are everyday words and acronyms), and the
 * English demonyms. A demonym shared by several countries ("Congolese") goes to the first UN member.
 */
export function buildCountryTable(): CountryTable {
  const byCode = new Map<string, GazetteerEntry>();
  const names: [string, GazetteerEntry][] = [];
  const demonyms = new Map<string, GazetteerEntry>();
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    const name = PREFERRED_NAMES[c.cca2] ?? c.name.common;
    const entry: GazetteerEntry = {
      key: slugify(name),
      name,
      kind: 'country',
      source: 'country',
      countryCode: c.cca2,
      admin1: '',
      latitude: c.latlng[0] ?? null,
      longitude: c.latlng[1] ?? null,
      population: null,
      rank: COUNTRY_RANK,
      parentKey: null,
      featureCode: '',
      geonameId: 0,
      curated: true,
    };
    byCode.set(c.cca2, entry);
    for (const spelling of new Set([name, c.name.common, c.name.official, ...c.altSpellings])) {
      if (spelling.length > 3 && /^[\p{Script=Latin}\s\p{P}]+$/u.test(spelling))
        names.push([spelling, entry]);
    }
    for (const demonym of [c.demonyms.eng?.m, c.demonyms.eng?.f]) {
      if (demonym && !demonyms.has(foldName(demonym))) demonyms.set(foldName(demonym), entry);
    }
  }
  for (const [code, ...spellings] of COUNTRY_ALIASES) {
    const entry = code ? byCode.get(code) : undefined;
    if (entry) for (const spelling of spellings) names.push([spelling, entry]);
  }
  return { byCode, names, demonyms };
}

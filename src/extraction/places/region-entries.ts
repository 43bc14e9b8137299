import { GENERIC_REGION_STEMS } from './data/region-words';
import { REGION_ROWS, type RegionStyle } from './data/regions';
import { foldName, slugify } from './fold';
import type { GazetteerEntry } from './gazetteer-entry';
import { readWorldRegions, type CityFacts } from './world-regions';

/** Rank of a region GeoNames cannot link to its cities: about what a first-level division holds. */
const UNLINKED_REGION_RANK = 100_000;
/** A city this size owns its bare name against a hand-made `region` row ("Kostanay" is the city). */
const NAME_OWNER_POPULATION = 50_000;

/** Per region: the English names that point at it, canonical first. */
function regionNames(
  style: RegionStyle,
  stems: readonly string[],
  owned: (stem: string) => boolean,
): string[] {
  switch (style) {
    case 'oblast':
      return stems.flatMap((s) => [`${s} Region`, `${s} Oblast`, `${s} Province`, `${s} Voblast`]);
    case 'region':
      return [
        ...stems.flatMap((s) => [`${s} Region`, `${s} Oblast`, `${s} Province`]),
        ...stems.filter((s) => !owned(s)),
      ];
    case 'krai':
      return stems.flatMap((s) => [`${s} Krai`, `${s} Territory`, `${s} Kray`, `${s} Region`]);
    case 'okrug':
      return stems.flatMap((s) => [
        `${s} Autonomous Okrug`,
        `${s} Okrug`,
        `${s} Autonomous District`,
        `${s} Region`,
      ]);
    case 'named':
      return [...stems];
    case 'city':
      return [];
  }
}

/** First-level regions keyed `CC:admin1`, and their spellings for the name index. */
export interface RegionTable {
  byAdmin: Map<string, GazetteerEntry>;
  /** Admin areas that are cities themselves (Moscow, Kyiv): their cities hang off the country. */
  cityAdmins: Set<string>;
  names: [string, GazetteerEntry][];
  /** Folded bare name → CLDR regions it names once a type word follows ("Adana" of "Adana province"). */
  stems: Map<string, GazetteerEntry[]>;
}

/**
 * Builds region entries: the hand-made rows of `data/regions.ts` for the countries they cover,
 * CLDR's first-level divisions for every other country. A region linked to its GeoNames admin1
 * code takes its regional capital's coordinates and ranks by the people of its cities; an
 * unlinked one has no coordinates and a nominal rank. Parents are the countries in `countries`.
 */
export function buildRegionTable(
  cities: CityFacts,
  countries: ReadonlyMap<string, GazetteerEntry>,
): RegionTable {
  const byAdmin = new Map<string, GazetteerEntry>();
  const cityAdmins = new Set<string>();
  const names: [string, GazetteerEntry][] = [];
  const stems = new Map<string, GazetteerEntry[]>();
  const add = (
    country: string,
    adminKey: string,
    admin1: string,
    name: string,
    spellings: readonly string[],
    curated: boolean,
  ): GazetteerEntry => {
    const area = cities.admins.get(country)?.areas.get(admin1);
    const capital = area?.capital;
    const entry: GazetteerEntry = {
      key: `${slugify(name)}-${country.toLowerCase()}`,
      name,
      kind: 'region',
      source: 'region',
      countryCode: country,
      admin1,
      latitude: capital?.latitude ?? null,
      longitude: capital?.longitude ?? null,
      population: null,
      rank: area?.population ?? UNLINKED_REGION_RANK,
      parentKey: countries.get(country)?.key ?? null,
      featureCode: '',
      geonameId: 0,
      curated,
    };
    byAdmin.set(adminKey, entry);
    for (const spelling of spellings) names.push([spelling, entry]);
    return entry;
  };

  const owned = (country: string, stem: string): boolean =>
    [...cities.rowsNamed(foldName(stem))].some(
      (row) =>
        cities.table.countryCodes[row] === country &&
        (cities.table.populations[row] ?? 0) >= NAME_OWNER_POPULATION,
    );
  for (const [country, admin1, style, stemList] of REGION_ROWS) {
    const adminKey = `${country}:${admin1}`;
    if (style === 'city') {
      cityAdmins.add(adminKey);
      continue;
    }
    const spellings = regionNames(style, stemList.split('|'), (stem) => owned(country, stem));
    add(country, adminKey, admin1, spellings[0] ?? stemList, spellings, true);
  }

  const curatedCountries = new Set(REGION_ROWS.map((row) => row[0]));
  const keys = new Set([...byAdmin.values()].map((entry) => entry.key));
  for (const region of readWorldRegions(cities, curatedCountries)) {
    // CLDR lists a few regions twice under an old and a new code ("Markazi", Iran): keep the first.
    const key = `${slugify(region.name)}-${region.country.toLowerCase()}`;
    if (keys.has(key)) continue;
    keys.add(key);
    let admin1 = region.admin1;
    // Two CLDR codes for one GeoNames area (a renamed region listed twice): the first keeps the link.
    if (admin1 !== null && byAdmin.has(`${region.country}:${admin1}`)) admin1 = null;
    // Unlinked, a region still needs a key of its own, one no GeoNames city carries.
    admin1 ??= `ISO-${region.isoCode}`;
    const adminKey = `${region.country}:${admin1}`;
    if (region.capitalCity) cityAdmins.add(adminKey);
    const entry = add(region.country, adminKey, admin1, region.name, region.spellings, false);
    const stem = foldName(region.stem);
    if (GENERIC_REGION_STEMS.has(stem)) continue;
    const list = stems.get(stem);
    if (list) list.push(entry);
    else stems.set(stem, [entry]);
  }
  return { byAdmin, cityAdmins, names, stems };
}

import { REGION_ROWS, type RegionStyle } from './data/regions';
import { slugify } from './fold';
import type { GazetteerEntry } from './gazetteer-entry';

/** Per region: the English names that point at it, canonical first. */
function regionNames(style: RegionStyle, stems: readonly string[]): string[] {
  switch (style) {
    case 'oblast':
      return stems.flatMap((s) => [`${s} Region`, `${s} Oblast`, `${s} Province`, `${s} Voblast`]);
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
}

/**
 * Builds region entries from the curated table. Coordinates are the regional capital's (the
 * GeoNames PPLA city with the same admin1), passed in as `capitals`, so no coordinate is typed by hand.
 */
export function buildRegionTable(
  capitals: ReadonlyMap<string, { latitude: number; longitude: number }>,
): RegionTable {
  const byAdmin = new Map<string, GazetteerEntry>();
  const cityAdmins = new Set<string>();
  const names: [string, GazetteerEntry][] = [];
  for (const [country, admin1, style, stemList] of REGION_ROWS) {
    const adminKey = `${country}:${admin1}`;
    if (style === 'city') {
      cityAdmins.add(adminKey);
      continue;
    }
    const spellings = regionNames(style, stemList.split('|'));
    const name = spellings[0] ?? stemList;
    const capital = capitals.get(adminKey);
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
      rank: 0,
      parentKey: null,
      featureCode: '',
      geonameId: 0,
      curated: true,
    };
    byAdmin.set(adminKey, entry);
    for (const spelling of spellings) names.push([spelling, entry]);
  }
  return { byAdmin, cityAdmins, names };
}

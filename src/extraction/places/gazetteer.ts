import { readAdminFacts } from './admin-facts';
import { BLOCKED_NAMES } from './data/blocked-names';
import { CITY_ALIASES } from './data/city-aliases';
import { FEATURE_ROWS } from './data/features';
import { REGION_TYPE_WORDS } from './data/region-words';
import { readCityTable, type CityTable } from './city-table';
import { buildCountryTable, COUNTRY_RANK } from './country-entries';
import { foldName, slugify } from './fold';
import type { GazetteerEntry } from './gazetteer-entry';
import { buildRegionTable } from './region-entries';
import { cyrillicSkeleton } from './skeleton';

/** Countries whose towns are spelled in competing romanisations of Cyrillic (see `skeleton.ts`). */
const SKELETON_COUNTRIES: readonly string[] = ['BY', 'RU', 'UA', 'KZ', 'MD', 'KG', 'TJ', 'UZ'];
/** Rank bonus that puts national capitals and cities of a million above same-name regions. */
const MAJOR_CITY_RANK = 1e10;
/** " region", " province"…: a folded name ending so may be a typed region name. */
const TYPE_ENDINGS: readonly string[] = REGION_TYPE_WORDS.map((word) => ` ${word}`);
/** Unknown words recur across articles (surnames): their failed lookups are remembered, this many. */
const MAX_CACHED_MISSES = 50_000;
const MAX_CACHED_VARIANTS = 20_000;
/** Longest name, in words, that the scanner tries ("Autonomous Republic of Crimea"). */
const MAX_TOKENS = 6;
/** "Ha Noi", "Viet Nam": names of short syllables may be written apart or together. */
const MAX_SYLLABLE = 4;
/** A city this size or a capital may be found by its syllables written together. */
const SYLLABLE_CITY = 100_000;

/** The lookup maps, built once per process. */
export interface Gazetteer {
  /** Every entry whose name folds to `folded`, best-ranked first. */
  lookup(folded: string): readonly GazetteerEntry[] | undefined;
  /** Single-word towns of Cyrillic-script countries whose skeleton is `skeleton`. */
  skeletonLookup(skeleton: string): readonly GazetteerEntry[];
  /**
   * Places named by two or three short syllables written together ("ha noi" → Hanoi, "viet nam"
   * → Vietnam): countries, regions, capitals and cities of 100k or more only.
   */
  joinedLookup(folded: string): readonly GazetteerEntry[];
  /** Towns spelled like `folded` but for one doubled letter ("Mussaffah" → Musaffah). */
  doubledLetterLookup(folded: string): readonly GazetteerEntry[];
  countries: Map<string, GazetteerEntry>;
  /** `CC:admin1` → region. */
  regions: Map<string, GazetteerEntry>;
  /** `CC:admin1` of admin areas that are cities (Moscow): their cities hang off the country. */
  cityAdmins: Set<string>;
  /** Folded demonym → country. */
  demonyms: Map<string, GazetteerEntry>;
  /** Longest name in tokens: the scanner's n-gram limit. */
  maxTokens: number;
  /** Keys of non-city entries, which a city key must not repeat. */
  reservedKeys: Set<string>;
}

let cached: Gazetteer | undefined;

/**
 * Returns the gazetteer, building it on first use (GeoNames decoding is most of the cost) and
 * reusing it for every later article.
 */
export function getGazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

function buildGazetteer(): Gazetteer {
  const cities = readCityTable();
  // Folded city name → first row; `nextRow` chains rows sharing a name. One Map entry per name,
  // no array per name: the index costs little more than the strings themselves.
  const firstRow = new Map<string, number>();
  const nextRow = new Int32Array(cities.count).fill(-1);
  for (let i = cities.count - 1; i >= 0; i--) {
    const folded = foldName(cities.names[i] ?? '');
    const head = firstRow.get(folded);
    if (head !== undefined) nextRow[i] = head;
    firstRow.set(folded, i);
  }

  const aliases = aliasRows(cities, firstRow, nextRow);
  const aliasRowsByName = new Map<string, number[]>();
  for (const [row, , spellings] of aliases)
    for (const spelling of spellings) {
      const folded = foldName(spelling);
      aliasRowsByName.set(folded, [...(aliasRowsByName.get(folded) ?? []), row]);
    }
  // GeoNames rows by name, and rows an alias renames ("Geneva" is GeoNames' Genève).
  const rowsNamed = function* (folded: string): Generator<number> {
    for (let row = firstRow.get(folded) ?? -1; row >= 0; row = nextRow[row] ?? -1) yield row;
    yield* aliasRowsByName.get(folded) ?? [];
  };
  const admins = readAdminFacts(cities);

  const entries = new Map<string, GazetteerEntry[]>();
  const add = (spelling: string, entry: GazetteerEntry): void => {
    const folded = foldName(spelling);
    const list = entries.get(folded);
    if (!list) entries.set(folded, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };

  const countryTable = buildCountryTable();
  const regionTable = buildRegionTable({ table: cities, admins, rowsNamed }, countryTable.byCode);
  const reservedKeys = new Set<string>();
  for (const country of countryTable.byCode.values()) reservedKeys.add(country.key);
  for (const region of regionTable.byAdmin.values()) reservedKeys.add(region.key);
  for (const [spelling, entry] of countryTable.names) add(spelling, entry);
  for (const [spelling, entry] of regionTable.names) add(spelling, entry);
  for (const [entry, spellings] of featureEntries(countryTable.byCode)) {
    reservedKeys.add(entry.key);
    for (const spelling of spellings) add(spelling, entry);
  }

  const cityEntries: (GazetteerEntry | undefined)[] = [];
  const cityEntry = (row: number): GazetteerEntry => (cityEntries[row] ??= makeCityEntry(cities, row));
  for (const [row, canonical, spellings] of aliases) {
    const entry = cityEntry(row);
    entry.name = canonical;
    entry.curated = true;
    for (const spelling of spellings) add(spelling, entry);
  }
  addWithoutArabicArticle(cities, cityEntry, add);
  for (const phrase of BLOCKED_NAMES) entries.set(foldName(phrase), [blockedEntry(phrase)]);

  const merged = new Map<string, readonly GazetteerEntry[]>();
  // Most lookups miss (every capitalised word is tried); misses recur across articles too.
  const misses = new Set<string>();
  const lookup = (folded: string): readonly GazetteerEntry[] | undefined => {
    const done = merged.get(folded);
    if (done) return done;
    if (misses.has(folded)) return undefined;
    const own = entries.get(folded) ?? typedRegion(folded, regionTable.stems);
    if (own?.[0]?.source === 'blocked') return own;
    const head = firstRow.get(folded);
    if (!own && head === undefined) {
      if (misses.size >= MAX_CACHED_MISSES) misses.clear();
      misses.add(folded);
      return undefined;
    }
    const list = own ? [...own] : [];
    for (let row = head ?? -1; row >= 0; row = nextRow[row] ?? -1) {
      const entry = cityEntry(row);
      if (!list.includes(entry)) list.push(entry);
    }
    list.sort((a, b) => b.rank - a.rank);
    merged.set(folded, list);
    return list;
  };

  let skeletons: Map<string, number[]> | undefined;
  const skeletonLookup = (skeleton: string): readonly GazetteerEntry[] => {
    skeletons ??= buildSkeletons(cities);
    return (skeletons.get(skeleton) ?? []).map(cityEntry);
  };

  const joinedCache = new Map<string, readonly GazetteerEntry[]>();
  const joinedLookup = (folded: string): readonly GazetteerEntry[] => {
    const cached = joinedCache.get(folded);
    if (cached) return cached;
    const joined = joinedSyllables(folded);
    const found = joined ? (entries.get(joined) ?? []).filter((e) => e.source !== 'blocked') : [];
    for (const row of joined ? rowsNamed(joined) : []) {
      const feature = cities.featureCodes[row];
      if ((cities.populations[row] ?? 0) >= SYLLABLE_CITY || feature === 'PPLC' || feature === 'PPLA')
        found.push(cityEntry(row));
    }
    found.sort((a, b) => b.rank - a.rank);
    if (joinedCache.size >= MAX_CACHED_VARIANTS) joinedCache.clear();
    joinedCache.set(folded, found);
    return found;
  };

  const variantCache = new Map<string, readonly GazetteerEntry[]>();
  const doubledLetterLookup = (folded: string): readonly GazetteerEntry[] => {
    const cached = variantCache.get(folded);
    if (cached) return cached;
    const found: GazetteerEntry[] = [];
    for (const variant of doubledLetterVariants(folded))
      for (let row = firstRow.get(variant) ?? -1; row >= 0; row = nextRow[row] ?? -1)
        found.push(cityEntry(row));
    if (variantCache.size >= MAX_CACHED_VARIANTS) variantCache.clear();
    variantCache.set(folded, found);
    return found;
  };

  return {
    lookup,
    skeletonLookup,
    joinedLookup,
    doubledLetterLookup,
    countries: countryTable.byCode,
    regions: regionTable.byAdmin,
    cityAdmins: regionTable.cityAdmins,
    demonyms: countryTable.demonyms,
    maxTokens: MAX_TOKENS,
    reservedKeys,
  };
}

/** Countries whose GeoNames town names keep the Arabic article that English news drops. */
const ARABIC_NAME_COUNTRIES = new Set('AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE MR'.split(' '));
const ARABIC_ARTICLE = /^(?:al|el|ar|an|as|ad|ash|at|az|ath|adh) (?=\S{3})/;

/**
 * "Al Fallūjah" → "Fallujah", "Ar Ramādī" → "Ramadi": English-language news mostly writes towns
 * of Arabic-speaking countries without the article GeoNames keeps, so each is also filed bare.
 */
function addWithoutArabicArticle(
  cities: CityTable,
  cityEntry: (row: number) => GazetteerEntry,
  add: (spelling: string, entry: GazetteerEntry) => void,
): void {
  for (let row = 0; row < cities.count; row++) {
    if (!ARABIC_NAME_COUNTRIES.has(cities.countryCodes[row] ?? '')) continue;
    const folded = foldName(cities.names[row] ?? '');
    const bare = folded.replace(ARABIC_ARTICLE, '');
    if (bare !== folded) add(bare, cityEntry(row));
  }
}

/** "ha noi" → "hanoi": two or three short syllables that may be one word, or null. */
function joinedSyllables(folded: string): string | null {
  const parts = folded.split(' ');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.length < 2 || p.length > MAX_SYLLABLE))
    return null;
  return parts.join('');
}

/**
 * "mussaffah" → "musaffah", "mussafah"; "musafah" → "mussafah", "musaffah"…: spellings that
 * differ by one doubled letter, as transliterations of Arabic, Persian and other scripts do.
 */
function doubledLetterVariants(folded: string): string[] {
  const variants: string[] = [];
  for (let i = 1; i < folded.length; i++) {
    const letter = folded.charAt(i);
    if (!/[b-df-hj-np-tv-z]/.test(letter)) continue;
    if (folded.charAt(i - 1) === letter) variants.push(folded.slice(0, i) + folded.slice(i + 1));
    else if (folded.charAt(i + 1) !== letter) variants.push(folded.slice(0, i + 1) + folded.slice(i));
  }
  return variants;
}

/** "adana province", "lagos state": a bare region name and a type word name that region. */
function typedRegion(
  folded: string,
  stems: ReadonlyMap<string, GazetteerEntry[]>,
): GazetteerEntry[] | undefined {
  const ending = TYPE_ENDINGS.find((end) => folded.endsWith(end));
  return ending ? stems.get(folded.slice(0, folded.length - ending.length)) : undefined;
}

/** Seas, peninsulas and areas, each with the spellings that name it. */
function featureEntries(countries: ReadonlyMap<string, GazetteerEntry>): [GazetteerEntry, string[]][] {
  const made: [GazetteerEntry, string[]][] = [];
  for (const [name, kind, country, latitude, longitude, ...aliases] of FEATURE_ROWS) {
    const entry: GazetteerEntry = {
      key: country ? `${slugify(name)}-${country.toLowerCase()}` : slugify(name),
      name,
      kind,
      source: 'feature',
      countryCode: country || null,
      admin1: '',
      latitude,
      longitude,
      population: null,
      rank: COUNTRY_RANK / 10,
      parentKey: country ? (countries.get(country)?.key ?? null) : null,
      featureCode: '',
      geonameId: 0,
      curated: true,
    };
    made.push([entry, [name, ...aliases]]);
  }
  return made;
}

function makeCityEntry(cities: CityTable, row: number): GazetteerEntry {
  const population = cities.populations[row] ?? 0;
  const featureCode = cities.featureCodes[row] ?? '';
  return {
    key: '',
    name: cities.names[row] ?? '',
    kind: 'city',
    source: 'city',
    countryCode: cities.countryCodes[row] ?? null,
    admin1: cities.admin1[row] ?? '',
    latitude: cities.latitudes[row] ?? null,
    longitude: cities.longitudes[row] ?? null,
    population: population > 0 ? population : null,
    rank: population + (featureCode === 'PPLC' || population >= 1e6 ? MAJOR_CITY_RANK : 0),
    parentKey: null,
    featureCode,
    geonameId: cities.geonameIds[row] ?? 0,
    curated: false,
  };
}

/**
 * Given the city index, returns for each row of `CITY_ALIASES` the GeoNames row it renames (the
 * most populous city of that country carrying any of its spellings) with the spellings.
 */
function aliasRows(
  cities: CityTable,
  firstRow: ReadonlyMap<string, number>,
  nextRow: Int32Array,
): [row: number, canonical: string, spellings: string[]][] {
  const rows: [number, string, string[]][] = [];
  for (const [country, canonical, ...variants] of CITY_ALIASES) {
    if (!country || !canonical) continue;
    let best = -1;
    for (const spelling of [canonical, ...variants]) {
      for (let row = firstRow.get(foldName(spelling)) ?? -1; row >= 0; row = nextRow[row] ?? -1) {
        if (cities.countryCodes[row] !== country) continue;
        if (best < 0 || (cities.populations[row] ?? 0) > (cities.populations[best] ?? 0)) best = row;
      }
    }
    if (best >= 0) rows.push([best, canonical, [canonical, ...variants]]);
  }
  return rows;
}

function buildSkeletons(cities: CityTable): Map<string, number[]> {
  const wanted = new Set(SKELETON_COUNTRIES);
  const skeletons = new Map<string, number[]>();
  for (let row = 0; row < cities.count; row++) {
    if (!wanted.has(cities.countryCodes[row] ?? '')) continue;
    const folded = foldName(cities.names[row] ?? '');
    if (folded.includes(' ')) continue;
    const key = cyrillicSkeleton(folded);
    const list = skeletons.get(key);
    if (list) list.push(row);
    else skeletons.set(key, [row]);
  }
  return skeletons;
}

function blockedEntry(phrase: string): GazetteerEntry {
  return {
    key: '',
    name: phrase,
    kind: 'other',
    source: 'blocked',
    countryCode: null,
    admin1: '',
    latitude: null,
    longitude: null,
    population: null,
    rank: 0,
    parentKey: null,
    featureCode: '',
    geonameId: 0,
    curated: false,
  };
}

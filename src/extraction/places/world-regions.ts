import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CityTable } from './city-table';
import type { CountryAdmins } from './admin-facts';
import { REGION_ALIASES } from './data/region-aliases';
import { DIVISION_WORDS, GENERIC_REGION_STEMS, NAME_TYPE_ENDINGS } from './data/region-words';
import { foldName } from './fold';

/** One first-level division of a country as CLDR names it in English. */
export interface WorldRegion {
  country: string;
  /** ISO 3166-2 code without the country ("43" of UA-43, "TN" of IN-TN). */
  isoCode: string;
  /** Canonical English name: the bare name, or with the division word when a city owns the bare name. */
  name: string;
  /** The name without its type word ("Murcia" of "Murcia Region"): "Murcia province" finds it. */
  stem: string;
  /** Spellings that name it alone: canonical, CLDR's, and the stem unless a city owns it. */
  spellings: string[];
  /** GeoNames admin1 code of its cities when it could be linked to them, else null. */
  admin1: string | null;
  /** The bare name is the country's capital (Tokyo, Kabul): its cities hang off the country. */
  capitalCity: boolean;
}

/** What region building needs to know about GeoNames cities. */
export interface CityFacts {
  table: CityTable;
  /** Per country, what its cities say about its admin1 areas. */
  admins: ReadonlyMap<string, CountryAdmins>;
  /** Rows of cities whose folded name is `folded`, any country. */
  rowsNamed(folded: string): Iterable<number>;
}

/** A city this size, or a regional or national capital, owns its bare name against a region. */
const NAME_OWNER_POPULATION = 50_000;
const NO_ADMINS: CountryAdmins = { areas: new Map(), capitalAdmin: new Map(), nationalCapital: '' };
/** `CC-code` → English names CLDR lacks. */
const ALIASES = new Map(REGION_ALIASES.map(([country, code, ...names]) => [`${country}-${code}`, names]));

/**
 * Reads the first-level divisions of every country from CLDR (Unicode licence): the containment
 * tree of `cldr-core` says which subdivisions are first-level, `cldr-subdivisions-full`'s English
 * names say how English writes them, with the names of `data/region-aliases.ts` besides.
 * Countries in `skip` have hand-made rows and are left out.
 *
 * Each region is linked to the GeoNames admin1 code its cities carry, so cities get it as their
 * parent: by its regional capital (a GeoNames PPLA city whose name is the region's bare name), or
 * by its ISO code where that country's GeoNames codes are ISO codes (checked against every
 * capital-name link of the country; a single disagreement rules it out, and numeric codes need
 * one agreement, since GeoNames' FIPS numbers often look like ISO numbers and mean other areas).
 */
export function readWorldRegions(cities: CityFacts, skip: ReadonlySet<string>): WorldRegion[] {
  const containment = readJson<{
    supplemental: { subdivisionContainment: Record<string, { _contains: string[] }> };
  }>('cldr-core/package.json', 'supplemental/subdivisionContainment.json').supplemental
    .subdivisionContainment;
  const english = readJson<{
    subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
  }>('cldr-subdivisions-full/package.json', 'subdivisions/en/en.json').subdivisions.localeDisplayNames
    .subdivisions;

  const regions: WorldRegion[] = [];
  for (const [code, { _contains: members }] of Object.entries(containment)) {
    if (!/^[A-Z]{2}$/.test(code) || skip.has(code)) continue;
    const country = cities.admins.get(code) ?? NO_ADMINS;
    const drafts = members.flatMap((member) => {
      const isoCode = member.slice(2).toUpperCase();
      const aliases = ALIASES.get(`${code}-${isoCode}`) ?? [];
      const name = cleanName(english[member] ?? '') || aliases[0];
      return name ? [{ isoCode, name, stem: bareName(name), aliases }] : [];
    });
    const byCapital = drafts.map((d) => country.capitalAdmin.get(foldName(d.stem)) ?? null);
    const isoTrusted = drafts.every((d, i) => {
      const linked = byCapital[i];
      return linked === null || linked === d.isoCode;
    });
    const alphabetic = drafts.every((d) => /^[A-Z]+$/.test(d.isoCode));
    const confirmed = byCapital.some((linked) => linked !== null);
    const useIso = isoTrusted && (alphabetic || confirmed);

    drafts.forEach((draft, i) => {
      const admin1 = byCapital[i] ?? (useIso && country.areas.has(draft.isoCode) ? draft.isoCode : null);
      // "Northern", "Upper East", "Capital": a name of compass and generic words alone is never
      // written bare for the region ("Northern Province"), so it gets the division word.
      const generic = foldName(draft.stem)
        .split(' ')
        .every((word) => GENERIC_REGION_STEMS.has(word));
      const owned = generic || ownsName(cities, code, draft.stem);
      const typed = draft.stem !== draft.name;
      const name = owned && !typed ? `${draft.stem} ${DIVISION_WORDS[code] ?? 'Region'}` : draft.name;
      const spellings = new Set([name]);
      if (typed) spellings.add(draft.name);
      if (!owned) spellings.add(draft.stem);
      for (const alias of draft.aliases) spellings.add(alias);
      regions.push({
        country: code,
        isoCode: draft.isoCode,
        name,
        stem: draft.stem,
        spellings: [...spellings],
        admin1,
        capitalCity: foldName(draft.stem) === country.nationalCapital,
      });
    });
  }
  return regions;
}

/** True when a city of the country owns the name: a capital, or one of 50k people or more. */
function ownsName(cities: CityFacts, country: string, name: string): boolean {
  const { table } = cities;
  for (const row of cities.rowsNamed(foldName(name))) {
    if (table.countryCodes[row] !== country) continue;
    const feature = table.featureCodes[row] ?? '';
    if (feature === 'PPLC' || feature === 'PPLA' || (table.populations[row] ?? 0) >= NAME_OWNER_POPULATION)
      return true;
  }
  return false;
}

/** "Île-de-France²" → "Île-de-France", "Guyane (française)" → "Guyane", "Aerodrom †" → "Aerodrom". */
function cleanName(name: string): string {
  return name
    .replace(/\([^)]*\)/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[^\p{L}\p{M}\s'’.-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Abay oblysy" → "Abay", "Murcia Region" → "Murcia"; "Northern District" stays whole. */
function bareName(name: string): string {
  const folded = foldName(name);
  for (const ending of NAME_TYPE_ENDINGS) {
    if (!folded.endsWith(` ${ending}`)) continue;
    const words = name.split(' ');
    const stem = words.slice(0, words.length - ending.split(' ').length).join(' ');
    if (stem && !GENERIC_REGION_STEMS.has(foldName(stem))) return stem;
  }
  return name;
}

function readJson<T>(packageJson: string, file: string): T {
  return JSON.parse(readFileSync(join(dirname(require.resolve(packageJson)), file), 'utf8')) as T;
}

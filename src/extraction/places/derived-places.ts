import type { ExtractedLocation } from '../types';
import { entryKey, entryParent } from './entry-key';
import { slugify } from './fold';
import type { Gazetteer } from './gazetteer';
import type { GazetteerEntry } from './gazetteer-entry';

/**
 * Given a town and the article, returns the district named after it ("Narovlya District"): a
 * second-level division whose parent is the town's region, or the region written after it
 * ("Narovlya District, Gomel Oblast") when given. Raions are almost always named after their
 * centre, so the town gazetteer doubles as a district gazetteer.
 */
export function districtLocation(
  town: GazetteerEntry,
  appositiveRegion: GazetteerEntry | undefined,
  gazetteer: Gazetteer,
): { location: ExtractedLocation; parent: GazetteerEntry | undefined } {
  const parent = appositiveRegion ?? entryParent(town, gazetteer);
  const name = `${town.name} District`;
  return {
    location: {
      key: `${slugify(name)}-${(town.countryCode ?? '').toLowerCase()}`,
      name,
      kind: 'region',
      countryCode: town.countryCode,
      latitude: town.latitude,
      longitude: town.longitude,
      parentKey: parent ? entryKey(parent, gazetteer) : null,
      population: null,
    },
    parent,
  };
}

/**
 * Given a country and a direction adjective, returns that part of the country ("eastern
 * Ukraine"): kind `other`, parent the country. The corpus gold lists "eastern Ukraine" beside
 * "Ukraine", so the part is a place of its own; "east Ukraine" is the same place.
 */
export function directionLocation(country: GazetteerEntry, direction: string): ExtractedLocation {
  const name = `${direction} ${country.name}`;
  return {
    key: `${slugify(name)}-${(country.countryCode ?? '').toLowerCase()}`,
    name,
    kind: 'other',
    countryCode: country.countryCode,
    latitude: country.latitude,
    longitude: country.longitude,
    parentKey: country.key,
    population: null,
  };
}

/**
 * Given a continent, sea, country or region and a compass phrase naming part of it ("Northeast
 * Asia", "North West of England"), returns that part as a place of its own: kind `other`, parent
 * the place it is part of, named as the article writes it.
 */
export function areaLocation(
  whole: GazetteerEntry,
  area: { name: string; key: string },
  gazetteer: Gazetteer,
): ExtractedLocation {
  return {
    key: area.key,
    name: area.name,
    kind: 'other',
    countryCode: whole.countryCode,
    latitude: whole.latitude,
    longitude: whole.longitude,
    parentKey: entryKey(whole, gazetteer),
    population: null,
  };
}

/** Given a gazetteer entry, returns it as the extraction result carries it. */
export function entryLocation(entry: GazetteerEntry, gazetteer: Gazetteer): ExtractedLocation {
  const parent = entryParent(entry, gazetteer);
  return {
    key: entryKey(entry, gazetteer),
    name: entry.name,
    kind: entry.kind,
    countryCode: entry.countryCode,
    latitude: entry.latitude,
    longitude: entry.longitude,
    parentKey: parent ? entryKey(parent, gazetteer) : null,
    population: entry.population,
  };
}

import { foldName, slugify } from './fold';
import type { Gazetteer } from './gazetteer';
import type { GazetteerEntry } from './gazetteer-entry';

/**
 * Given an entry, returns its stable key, deriving it on first use for cities: name slug plus
 * country ("brest-by"). The most populous city of a name in a country owns the short key;
 * smaller namesakes (Moscow, Pennsylvania beside Moscow, Idaho) add their GeoNames id, which
 * never changes, so keys stay stable across articles and unique.
 */
export function entryKey(entry: GazetteerEntry, gazetteer: Gazetteer): string {
  if (entry.key) return entry.key;
  const base = `${slugify(entry.name)}-${(entry.countryCode ?? '').toLowerCase()}`;
  const bigger = (gazetteer.lookup(foldName(entry.name)) ?? []).some(
    (other) =>
      other !== entry &&
      other.source === 'city' &&
      other.countryCode === entry.countryCode &&
      other.rank > entry.rank,
  );
  entry.key = bigger || gazetteer.reservedKeys.has(base) ? `${base}-${entry.geonameId}` : base;
  return entry.key;
}

/** Given an entry, returns the entry that contains it: a city's region when known, else its country. */
export function entryParent(entry: GazetteerEntry, gazetteer: Gazetteer): GazetteerEntry | undefined {
  const country = gazetteer.countries.get(entry.countryCode ?? '');
  if (entry.source === 'city') {
    const adminKey = `${entry.countryCode}:${entry.admin1}`;
    if (gazetteer.cityAdmins.has(adminKey)) return country;
    return gazetteer.regions.get(adminKey) ?? country;
  }
  if (entry.source === 'region' || (entry.source === 'feature' && entry.parentKey)) return country;
  return undefined;
}

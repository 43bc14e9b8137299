import type { CityTable } from './city-table';
import { foldName } from './fold';

/** What GeoNames cities say about one admin1 area of a country. */
export interface AdminArea {
  /** People of its cities, summed. */
  population: number;
  /** Its regional capital's (PPLA) coordinates, when GeoNames marks one. */
  capital: { latitude: number; longitude: number } | null;
}

/** What GeoNames cities say about one country's first-level areas. */
export interface CountryAdmins {
  /** admin1 code → area. */
  areas: Map<string, AdminArea>;
  /** Folded name of a regional capital (PPLA) → its admin1 code. */
  capitalAdmin: Map<string, string>;
  /** Folded name of the national capital (PPLC), '' when GeoNames has none. */
  nationalCapital: string;
}

/**
 * Given the city table, returns per country code what its cities say about its admin1 areas, in
 * one pass over the 135k rows (nested maps, so no key string is built per row).
 */
export function readAdminFacts(table: CityTable): Map<string, CountryAdmins> {
  const countries = new Map<string, CountryAdmins>();
  for (let row = 0; row < table.count; row++) {
    const code = table.countryCodes[row] ?? '';
    let country = countries.get(code);
    if (!country)
      countries.set(code, (country = { areas: new Map(), capitalAdmin: new Map(), nationalCapital: '' }));
    const admin1 = table.admin1[row] ?? '';
    let area = country.areas.get(admin1);
    if (!area) country.areas.set(admin1, (area = { population: 0, capital: null }));
    area.population += table.populations[row] ?? 0;
    const feature = table.featureCodes[row];
    if (feature !== 'PPLA' && feature !== 'PPLC') continue;
    const folded = foldName(table.names[row] ?? '');
    if (feature === 'PPLC') {
      country.nationalCapital = folded;
      continue;
    }
    area.capital ??= { latitude: table.latitudes[row] ?? 0, longitude: table.longitudes[row] ?? 0 };
    if (!country.capitalAdmin.has(folded)) country.capitalAdmin.set(folded, admin1);
  }
  return countries;
}

import type { LocationKind } from '../types';

/**
 * One place the gazetteer knows. Cities keep their GeoNames fields so their key and parent are
 * derived only when an article names them: 135k keys computed up front would cost more than the
 * whole load.
 */
export interface GazetteerEntry {
  /** Stable slug key; '' for a city until `entryKey` derives it. */
  key: string;
  name: string;
  kind: LocationKind;
  /** Where the entry came from: decides which acceptance rules apply. */
  source: 'country' | 'region' | 'city' | 'feature' | 'blocked';
  countryCode: string | null;
  /** GeoNames admin1 code for cities and regions, '' otherwise. */
  admin1: string;
  latitude: number | null;
  longitude: number | null;
  /** Population as published; null when unknown. */
  population: number | null;
  /**
   * Ordering weight among same-name candidates when context does not decide: countries first,
   * then national capitals and millionaire cities, then regions, then other cities by size.
   */
  rank: number;
  /** Key of the parent for non-city entries (cities derive it from admin1). */
  parentKey: string | null;
  /** GeoNames feature code for cities (PPLC national capital, PPLA regional capital), '' otherwise. */
  featureCode: string;
  /** GeoNames id for cities (key collisions), 0 otherwise. */
  geonameId: number;
  /** True when a curated alias table gave the name, i.e. a human vouched for this place. */
  curated: boolean;
}

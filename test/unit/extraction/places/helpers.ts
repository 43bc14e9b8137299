import { findPlaces, type PlaceResult } from '../../../../src/extraction/places';

/** Runs the place finder on a headline and paragraphs written for the test. */
export function places(title: string, ...paragraphs: string[]): PlaceResult {
  return findPlaces({ title, paragraphs });
}

/** Keys of the places the text names (mentions), in order of first mention. */
export function mentionedKeys(result: PlaceResult): string[] {
  return [...new Set(result.mentions.map((m) => m.key))];
}

/** The parent chain of a location key as keys, nearest first. */
export function chain(result: PlaceResult, key: string): string[] {
  const byKey = new Map(result.locations.map((l) => [l.key, l]));
  const keys: string[] = [];
  for (let l = byKey.get(key); l?.parentKey; l = byKey.get(l.parentKey)) keys.push(l.parentKey);
  return keys;
}

import type { ExtractedLocation } from '../types';
import { foldName } from './fold';
import { getGazetteer } from './gazetteer';
import { entryKey } from './entry-key';

/**
 * Given a gold label ("Gomel Oblast", "eastern Ukraine", "Bobruisk") and an extracted location,
 * tells whether they are the same place: equal names once folded, or the label is a spelling the
 * gazetteer files under the location's key (Oblast ≡ Region, Babruysk ≡ Bobruisk, US ≡ United
 * States). Shared by the corpus tests and the evaluation tool so both score alike.
 */
export function sameplace(goldName: string, location: ExtractedLocation): boolean {
  const gold = foldName(goldName);
  if (gold === foldName(location.name)) return true;
  const gazetteer = getGazetteer();
  return (gazetteer.lookup(gold) ?? []).some(
    (entry) => entry.source !== 'blocked' && entryKey(entry, gazetteer) === location.key,
  );
}

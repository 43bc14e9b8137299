import type { ExtractedLocation } from '../types';
import { foldName } from './fold';
import { getGazetteer } from './gazetteer';
import { entryKey } from './entry-key';
import { REGION_TYPE_WORDS } from './data/region-words';

const ADMIN_WORD = new RegExp(
  ` (?:${[...REGION_TYPE_WORDS, 'district', 'raion', 'krai', 'voblast'].join('|')})$`,
);

/** "kostanay region" → "kostanay": the corpus compares places without their admin word. */
function withoutAdminWord(folded: string): string {
  return folded.replace(ADMIN_WORD, '');
}

/**
 * Given a gold label ("Gomel Oblast", "eastern Ukraine", "Bobruisk") and an extracted location,
 * tells whether they are the same place: equal names once folded and without their admin word
 * ("Kostanay" = "Kostanay Region", as the corpus README scores), or the label is a spelling the
 * gazetteer files under the location's key (Oblast ≡ Region, Babruysk ≡ Bobruisk, US ≡ United
 * States, Hà Nội ≡ Hanoi, Mussaffah ≡ Musaffah). Shared by the corpus tests and the evaluation tool so both score alike.
 */
export function sameplace(goldName: string, location: ExtractedLocation): boolean {
  const gold = foldName(goldName);
  if (withoutAdminWord(gold) === withoutAdminWord(foldName(location.name))) return true;
  const gazetteer = getGazetteer();
  const spelledSo = [
    ...(gazetteer.lookup(gold) ?? []),
    ...gazetteer.joinedLookup(gold),
    ...gazetteer.doubledLetterLookup(gold),
  ];
  return spelledSo.some((entry) => entry.source !== 'blocked' && entryKey(entry, gazetteer) === location.key);
}

import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extraction';
import { loadCorpus } from '../../../../src/extraction/evaluation';
import { sameplace } from '../../../../src/extraction/places/scoring';
import type { ExtractedLocation } from '../../../../src/extraction/types';
import { DEFAULT_TAXONOMY } from '../../../../src/topic/default-taxonomy';
import { CORPUS_DIR, corpusPresent } from '../../../helpers/corpus';

// Place F1 over the whole corpus is asserted with the other corpus figures (corpus-scores.test.ts);
// this checks what a figure cannot show: kinds and the parent chain of one article's places.
const present = corpusPresent();

describe.skipIf(!present)('places of a real article', () => {
  const corpus = present ? loadCorpus(CORPUS_DIR) : [];

  it('finds all 12 places of the BelTA article with kind and parent chain', () => {
    const belta = corpus.find((entry) => entry.name.startsWith('belta-'));
    expect(belta).toBeDefined();
    if (!belta) return;
    const result = extract(belta.article, { taxonomy: DEFAULT_TAXONOMY });
    const byKey = new Map(result.locations.map((l) => [l.key, l]));
    const named = new Set(result.namedLocationKeys);
    const found = result.locations.filter((l) => named.has(l.key));
    const find = (name: string): ExtractedLocation | undefined => found.find((l) => sameplace(name, l));
    for (const name of belta.gold.locations) expect(find(name), name).toBeDefined();

    const district = find('Narovlya District');
    expect(district?.kind).toBe('region');
    const region = byKey.get(district?.parentKey ?? '');
    expect(region).toMatchObject({ key: 'gomel-region-by', kind: 'region', parentKey: 'belarus' });
    expect(find('Gomel Oblast')?.key).toBe('gomel-region-by');

    const countryOf = (name: string): string | undefined => {
      let l = find(name);
      while (l?.parentKey) l = byKey.get(l.parentKey);
      return l?.key;
    };
    expect(['Zelenograd', 'Voronezh', 'Smolensk', 'Moscow'].map(countryOf)).toEqual([
      'russia',
      'russia',
      'russia',
      'russia',
    ]);
    expect(countryOf('Bobruisk')).toBe('belarus');
    for (const name of ['Belarus', 'Russia', 'Germany', 'Poland', 'Romania'])
      expect(find(name)?.kind, name).toBe('country');
    for (const name of ['Moscow', 'Zelenograd', 'Voronezh', 'Smolensk', 'Bobruisk'])
      expect(find(name)?.kind, name).toBe('city');
  });
});

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/extraction/places';
import { sameplace } from '../../../../src/extraction/places/scoring';
import type { ExtractedLocation } from '../../../../src/extraction/types';

// The real articles live outside the repository (their text is not ours to copy): read, never vendor.
const CORPUS = join(__dirname, '../../../../../shared/corpus');
const present = existsSync(CORPUS);

interface Article {
  name: string;
  title: string;
  paragraphs: string[];
  gold: string[];
}

/** Line 1 is the headline; every other non-empty line (a dateline included) is a paragraph. */
function readArticle(file: string): Article {
  const lines = readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const gold = JSON.parse(readFileSync(join(CORPUS, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
    locations: string[];
  };
  return { name: file, title: lines[0] ?? '', paragraphs: lines.slice(1), gold: gold.locations };
}

/** Places the article names (its mentions), not the ancestors added for the parent chain: that is what gold lists. */
function namedPlaces(article: Article): ExtractedLocation[] {
  const result = findPlaces({ title: article.title, paragraphs: article.paragraphs });
  const keys = new Set(result.mentions.map((m) => m.key));
  return result.locations.filter((l) => keys.has(l.key));
}

// The suite's title says why it skipped, so a run without shared/ is not mistaken for a pass.
const SUITE = present
  ? 'places on the real corpus'
  : `places on the real corpus: SKIPPED, ${CORPUS} not found`;

describe.skipIf(!present)(SUITE, () => {
  const articles = present
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map(readArticle)
    : [];

  it('reaches place F1 ≥ 0.95 over all articles', () => {
    let truePositives = 0;
    let extracted = 0;
    let gold = 0;
    const misses: string[] = [];
    for (const article of articles) {
      const found = namedPlaces(article);
      extracted += found.length;
      gold += article.gold.length;
      for (const name of article.gold) {
        if (found.some((l) => sameplace(name, l))) truePositives++;
        else misses.push(`${article.name}: missed ${name}`);
      }
      for (const l of found)
        if (!article.gold.some((name) => sameplace(name, l))) misses.push(`${article.name}: extra ${l.name}`);
    }
    const precision = truePositives / extracted;
    const recall = truePositives / gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(
      f1,
      `P=${precision.toFixed(3)} R=${recall.toFixed(3)}\n${misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('finds all 12 places of the BelTA article with kind and parent chain', () => {
    const article = articles.find((a) => a.name.startsWith('belta-'));
    expect(article).toBeDefined();
    if (!article) return;
    const result = findPlaces({ title: article.title, paragraphs: article.paragraphs });
    const byKey = new Map(result.locations.map((l) => [l.key, l]));
    const found = namedPlaces(article);
    const find = (name: string): ExtractedLocation | undefined => found.find((l) => sameplace(name, l));
    for (const name of article.gold) expect(find(name), name).toBeDefined();

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

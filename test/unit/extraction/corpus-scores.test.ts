import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, parseArticleFile, type ExtractionResult } from '../../../src/extraction';
import {
  matchQuotes,
  readGold,
  scoreArticle,
  summariseScores,
  type GoldArticle,
} from '../../../src/extraction/evaluation';
import { DEFAULT_TAXONOMY } from '../../../src/topic/default-taxonomy';

// The real articles live beside the repository (their text is not ours to copy): read, never vendor.
const CORPUS = join(__dirname, '../../../../shared/corpus');
const present = existsSync(CORPUS);
if (!present) process.stderr.write(`corpus-scores: ${CORPUS} not found, corpus acceptance tests skipped\n`);

interface Scored {
  name: string;
  result: ExtractionResult;
  gold: GoldArticle;
}

function load(): Scored[] {
  return readdirSync(CORPUS)
    .filter((file) => file.endsWith('.txt') && existsSync(join(CORPUS, file.replace(/\.txt$/, '.gold.json'))))
    .sort()
    .map((file) => ({
      name: file.replace(/\.txt$/, ''),
      result: extract(parseArticleFile(readFileSync(join(CORPUS, file), 'utf8')), {
        taxonomy: DEFAULT_TAXONOMY,
      }),
      gold: readGold(JSON.parse(readFileSync(join(CORPUS, file.replace(/\.txt$/, '.gold.json')), 'utf8'))),
    }));
}

describe.skipIf(!present)('acceptance on the real corpus', () => {
  const articles = present ? load() : [];
  const scores = articles.map(({ name, result, gold }) => scoreArticle(name, result, gold));
  const summary = summariseScores(scores);
  const notes = scores.flatMap((score) => score.notes.map((note) => `${score.name}: ${note}`)).join('\n');

  it('finds direct quotes at F1@0.8 ≥ 0.98', () => {
    expect(summary.quotes.direct[0.8].f1, notes).toBeGreaterThanOrEqual(0.98);
  });

  it('names the right speaker for ≥ 97% of matched quotes', () => {
    expect(summary.speakerAccuracy, notes).toBeGreaterThanOrEqual(0.97);
  });

  it('finds reported speech at F1@0.8 ≥ 0.85', () => {
    expect(summary.quotes.indirect[0.8].f1, notes).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps every quote offset true to the body', () => {
    for (const { result } of articles) {
      for (const quote of result.quotes)
        expect(result.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
    }
  });

  it('tags BelTA quotes 9, 10, 12, 13 as military-bases and nothing outside 9–14', () => {
    const belta = articles.find((article) => article.name.startsWith('belta-'));
    expect(belta).toBeDefined();
    if (belta === undefined) return;
    const texts = belta.result.quotes.map((quote) => quote.text);
    const pairs = matchQuotes(
      belta.gold.quotes.map((quote) => quote.text),
      texts,
      0.8,
    );
    const goldIndexOf = new Map(pairs.map((pair) => [pair.extracted, pair.gold]));
    const tagged = belta.result.quotes
      .map((quote, index) => ({ quote, gold: goldIndexOf.get(index) }))
      .filter(({ quote }) => quote.topicSlugs.includes('military-bases'));
    const goldTagged = tagged.map(({ gold }) => gold);
    expect(goldTagged).toEqual(expect.arrayContaining([9, 10, 12, 13]));
    for (const { gold, quote } of tagged) {
      expect(gold !== undefined && gold >= 9 && gold <= 14, `outside 9–14: ${quote.text.slice(0, 60)}`).toBe(
        true,
      );
    }
  });
});

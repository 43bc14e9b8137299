import { describe, expect, it } from 'vitest';
import { compileTaxonomy, matchTopics, quoteTopics } from '../../../src/extraction/topics/topic-matcher';

const TAXONOMY = [
  { slug: 'bases', name: 'Bases', keywords: ['military base', 'garrison'], weakKeywords: ['base'] },
  { slug: 'trade', name: 'Trade', keywords: ['customs', 'export'] },
  { slug: 'sanctions', name: 'Sanctions', keywords: ['sanction'] },
];
const compiled = compileTaxonomy(TAXONOMY);

describe('topic matching', () => {
  it('matches keyword phrases through inflections', () => {
    expect(
      [...matchTopics(compiled, 'Two military bases and new sanctions were sanctioned').strong].sort(),
    ).toEqual(['bases', 'sanctions']);
  });

  it('does not let Porter2 fold different words together', () => {
    expect(matchTopics(compiled, 'Our customers grew').strong.has('trade')).toBe(false);
  });

  it('counts a weak keyword only beside a strong one of its topic', () => {
    const weakOnly = matchTopics(compiled, 'Our customer base grew, based on new contracts.');
    expect(quoteTopics(weakOnly, [weakOnly.strong, new Set(), new Set(['trade'])])).toEqual([]);
    expect(quoteTopics(weakOnly, [weakOnly.strong, new Set(['bases'])])).toEqual(['bases']);
  });

  it('compiles one taxonomy object once', () => {
    expect(compileTaxonomy(TAXONOMY)).toBe(compiled);
  });
});

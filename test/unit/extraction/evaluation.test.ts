import { describe, expect, it } from 'vitest';
import { matchQuotes, metrics, tokenOverlap } from '../../../src/extraction/evaluation';

describe('evaluation', () => {
  it('measures token overlap ignoring case, punctuation and apostrophe style', () => {
    expect(tokenOverlap('We didn’t talk.', "we didn't talk")).toBe(1);
    expect(tokenOverlap('a b c d', 'a b')).toBeCloseTo(2 / 3);
  });

  it('pairs quotes one to one, best overlap first', () => {
    const pairs = matchQuotes(
      ['the bridge opens in May', 'the bridge opens'],
      ['the bridge opens in May'],
      0.3,
    );
    expect(pairs).toEqual([{ gold: 0, extracted: 0, overlap: 1 }]);
  });

  it('computes precision, recall and F1', () => {
    expect(metrics({ gold: 10, extracted: 8, matched: 8 })).toEqual({
      precision: 1,
      recall: 0.8,
      f1: (2 * 0.8) / 1.8,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  familyOf,
  matchQuotes,
  metrics,
  readGold,
  scoreArticle,
  tokenOverlap,
} from '../../../src/extraction/evaluation';
import type { ExtractedQuote, ExtractionResult } from '../../../src/extraction/types';

const quote = (text: string, overrides: Partial<ExtractedQuote> = {}): ExtractedQuote => ({
  text,
  kind: 'direct',
  cue: 'said',
  speakerKey: 'ana-ruiz',
  paragraph: 0,
  startOffset: 0,
  endOffset: text.length,
  topicSlugs: [],
  locationKeys: [],
  ...overrides,
});

const result = (quotes: ExtractedQuote[]): ExtractionResult => ({
  title: 'A title',
  body: quotes.map((q) => q.text).join('\n'),
  quotes,
  speakers: [
    { key: 'ana-ruiz', name: 'Ana Ruiz', role: 'minister', aliases: ['Ruiz'], isOrganization: false },
    { key: 'marta-ruiz', name: 'Marta Ruiz', role: null, aliases: [], isOrganization: false },
  ],
  locations: [],
  namedLocationKeys: [],
  topicSlugs: [],
});

const gold = readGold({
  quotes: [
    { text: 'the port will reopen in May', speaker: 'Ana Ruiz', kind: 'direct', cue: 'said' },
    { text: 'nobody was told about the closure', speaker: null, kind: 'indirect', cue: 'said' },
    { text: 'the garrison would leave by winter', speaker: 'Ana Ruiz', kind: 'indirect', optional: true },
    { text: 'our soldiers stay at the base', speaker: 'Ana Ruiz', kind: 'direct', cue: 'said' },
  ],
  speakers: [{ name: 'Ana Ruiz', role: 'minister', aliases: ['Ruiz', 'she'] }],
  locations: [],
  topics_by_quote: { 'military bases': [2, 3] },
});

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

  it('neither rewards nor punishes an optional item, found or missed', () => {
    const found = scoreArticle(
      'x',
      result([quote('the garrison would leave by winter', { kind: 'indirect' })]),
      gold,
    );
    expect(found.quotes.indirect[0.8]).toEqual({ gold: 1, extracted: 0, matched: 0 });
    const missed = scoreArticle('x', result([]), gold);
    expect(missed.quotes.indirect[0.8]).toEqual({ gold: 1, extracted: 0, matched: 0 });
  });

  it('leaves unnamed sources out of speaker accuracy and accepts a surname', () => {
    const score = scoreArticle(
      'x',
      result([
        quote('nobody was told about the closure', { kind: 'indirect', speakerKey: null }),
        quote('the port will reopen in May'),
        quote('our soldiers stay at the base', { speakerKey: 'marta-ruiz' }),
      ]),
      gold,
    );
    expect(score.quotes.indirect[0.8]).toEqual({ gold: 1, extracted: 1, matched: 1 });
    // Marta Ruiz shares the surname: the corpus rules accept it; the unnamed source is not judged.
    expect(score.speakers).toEqual({ judged: 2, correct: 2 });
  });

  it('does not take a shared pronoun alias for the same speaker', () => {
    const withPronoun = result([quote('the port will reopen in May', { speakerKey: 'lee' })]);
    withPronoun.speakers.push({
      key: 'lee',
      name: 'Tom Lee',
      role: null,
      aliases: ['she'],
      isOrganization: false,
    });
    expect(scoreArticle('x', withPronoun, gold).speakers).toEqual({ judged: 1, correct: 0 });
  });

  it('scores the military-bases topic on required quotes, counting stray tags against precision', () => {
    const score = scoreArticle(
      'x',
      result([
        quote('our soldiers stay at the base', { topicSlugs: ['military-bases'] }),
        quote('the port will reopen in May', { topicSlugs: ['military-bases'] }),
        quote('the garrison would leave by winter', { kind: 'indirect', topicSlugs: ['military-bases'] }),
        quote('an invented remark nobody labelled', { topicSlugs: ['military-bases'] }),
      ]),
      gold,
    );
    expect(score.topics['military-bases']).toEqual({ gold: 1, extracted: 3, matched: 1 });
    // Of the two found quotes, one is about bases and both are tagged: the unlabelled remark and the
    // optional item stay out of the figure that judges topics apart from quote recall.
    expect(score.topicsOfFound['military-bases']).toEqual({ gold: 1, extracted: 2, matched: 1 });
  });

  it('scores topics over found quotes apart from the quotes extraction missed', () => {
    const score = scoreArticle('x', result([quote('our soldiers stay at the base')]), gold);
    expect(score.topics['military-bases']).toEqual({ gold: 1, extracted: 0, matched: 0 });
    expect(score.topicsOfFound['military-bases']).toEqual({ gold: 1, extracted: 0, matched: 0 });
    const none = scoreArticle('x', result([quote('the port will reopen in May')]), gold);
    expect(none.topicsOfFound['military-bases']).toEqual({ gold: 0, extracted: 0, matched: 0 });
  });

  it('refuses gold without a kind or with a topic index out of range', () => {
    expect(() => readGold({ quotes: [{ text: 'a', speaker: null }] })).toThrow(/kind/);
    expect(() =>
      readGold({ quotes: [{ text: 'a', speaker: null, kind: 'direct' }], topics_by_quote: { x: [1] } }),
    ).toThrow(/indices/);
  });

  it('groups articles into families by their file-name prefix', () => {
    expect(['w01-a', 'g12-b', 'hr03-c', 'belta-d'].map(familyOf)).toEqual(['w', 'g', 'r', 'early']);
  });
});

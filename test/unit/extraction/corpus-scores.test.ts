import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extraction';
import { loadCorpus, scoreArticle, summariseScores } from '../../../src/extraction/evaluation';
import { DEFAULT_TAXONOMY } from '../../../src/topic/default-taxonomy';
import { CORPUS_DIR, corpusPresent } from '../../helpers/corpus';

// A ratchet: the figures reached so far on the whole corpus, by the rules of its README. Raise them
// as the extractor improves, never lower them, so every change that lands keeps what was won.
const REACHED = {
  directF1: 0.994,
  reportedF1: 0.927,
  speakerAccuracy: 0.971,
  placesF1: 0.992,
  militaryBasesF1: 0.895,
  // Held at the floor rather than at the 1.000 of ten tagged quotes: topics judged in
  // context tag four times as many, and quotes found later land in articles about bases too.
  militaryBasesPrecision: 0.9,
};

const present = corpusPresent();

describe.skipIf(!present)('extraction on the real corpus', () => {
  const corpus = present ? loadCorpus(CORPUS_DIR) : [];
  const results = corpus.map(({ article }) => extract(article, { taxonomy: DEFAULT_TAXONOMY }));
  const scores = corpus.map(({ name, gold }, index) => {
    const result = results[index];
    if (result === undefined) throw new Error(`no extraction for ${name}`);
    return scoreArticle(name, result, gold);
  });
  const summary = summariseScores(scores);
  const notes = scores.flatMap((score) => score.notes.map((note) => `${score.name}: ${note}`)).join('\n');
  const bases = summary.topics['military-bases'];

  it('reads every labelled article', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(45);
  });

  it('keeps the direct-quote F1@0.8 reached so far', () => {
    expect(summary.quotes.direct[0.8].f1, notes).toBeGreaterThanOrEqual(REACHED.directF1);
  });

  it('keeps the reported-speech F1@0.8 reached so far', () => {
    expect(summary.quotes.indirect[0.8].f1, notes).toBeGreaterThanOrEqual(REACHED.reportedF1);
  });

  it('keeps the speaker accuracy reached so far', () => {
    expect(summary.speakerAccuracy, notes).toBeGreaterThanOrEqual(REACHED.speakerAccuracy);
  });

  it('keeps the place F1 reached so far', () => {
    expect(summary.locations.f1, notes).toBeGreaterThanOrEqual(REACHED.placesF1);
  });

  it('keeps the military-bases topic F1 and precision reached so far', () => {
    expect(bases?.f1, notes).toBeGreaterThanOrEqual(REACHED.militaryBasesF1);
    expect(bases?.precision, notes).toBeGreaterThanOrEqual(REACHED.militaryBasesPrecision);
  });

  it('keeps every quote offset true to the body', () => {
    for (const result of results) {
      for (const quote of result.quotes)
        expect(result.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
    }
  });
});

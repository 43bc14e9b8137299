import { describe, expect, it } from 'vitest';
import { matchReportingVerb, REPORTING_VERB_COUNT } from '../../../src/extraction/lexicon/reporting-verbs';

describe('reporting verbs', () => {
  it('knows at least 100 verbs', () => {
    expect(REPORTING_VERB_COUNT).toBeGreaterThanOrEqual(100);
  });

  it.each([
    ['said', 'say'],
    ['says', 'say'],
    ['saying', 'say'],
    ['emphasised', 'emphasise'],
    ['emphasized', 'emphasize'],
    ['told', 'tell'],
    ['believes', 'believe'],
    ['admitted', 'admit'],
    ['denies', 'deny'],
    ['quipped', 'quip'],
  ])('reads %s as %s', (form, lemma) => {
    expect(matchReportingVerb([form])?.verb.lemma).toBe(lemma);
  });

  it('prefers the longer phrase', () => {
    expect(matchReportingVerb(['pointed', 'out', 'that'])).toMatchObject({ length: 2, text: 'pointed out' });
  });

  it('ignores words that are not reporting verbs', () => {
    expect(matchReportingVerb(['walked'])).toBeNull();
  });
});

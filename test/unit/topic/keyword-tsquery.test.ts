import { describe, expect, it } from 'vitest';
import { keywordQuery } from '../../../src/topic/keyword-tsquery';

describe('keyword patterns as full-text queries', () => {
  it('writes phrases, alternatives and gaps as tsquery text', () => {
    expect(keywordQuery('military base')).toEqual({ exception: false, source: '((military) <-> (base))' });
    expect(keywordQuery('deploy|send … US troops')).toEqual({
      exception: false,
      source: '((deploy | send)) & ((us) <-> (troops))',
    });
  });

  it('marks exceptions and lets no tsquery syntax through from a keyword', () => {
    expect(keywordQuery('-customer base')).toEqual({ exception: true, source: '((customer) <-> (base))' });
    expect(keywordQuery("it's (a) & !b")).toEqual({
      exception: false,
      source: '((it) <-> (s) <-> (a) <-> (b))',
    });
    expect(keywordQuery(' … ')).toBeNull();
  });
});

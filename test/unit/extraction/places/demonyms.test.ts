import { describe, expect, it } from 'vitest';
import { demonymToCountry } from '../../../../src/extraction/places';

describe('demonymToCountry', () => {
  it.each([
    ['Belarusian', 'Belarus'],
    ['Russian', 'Russia'],
    ['Russians', 'Russia'],
    ['American', 'United States'],
    ['U.S.', 'United States'],
    ['US', 'United States'],
    ['Ukrainian', 'Ukraine'],
    ['British', 'United Kingdom'],
    ['Turkish', 'Turkey'],
    ['Chinese', 'China'],
    ['Belarus', 'Belarus'],
  ])('%s → %s', (word, country) => {
    expect(demonymToCountry(word)).toBe(country);
  });

  it('returns null for words that name no people', () => {
    expect(demonymToCountry('Soviet')).toBeNull();
    expect(demonymToCountry('leader')).toBeNull();
    expect(demonymToCountry('')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { CITY_ALIASES } from '../../../../src/extraction/places/data/city-aliases';
import { REGION_ROWS } from '../../../../src/extraction/places/data/regions';
import { foldName } from '../../../../src/extraction/places/fold';
import { getGazetteer } from '../../../../src/extraction/places/gazetteer';

describe('gazetteer data', () => {
  it('finds a GeoNames city for every alias row, renamed to the canonical name', () => {
    const gazetteer = getGazetteer();
    const missing = CITY_ALIASES.filter(([country, canonical]) => {
      const entries = gazetteer.lookup(foldName(canonical ?? '')) ?? [];
      return !entries.some((e) => e.source === 'city' && e.countryCode === country && e.name === canonical);
    });
    expect(missing).toEqual([]);
  });

  it('places every non-city region under its country with a capital’s coordinates', () => {
    const gazetteer = getGazetteer();
    for (const [country, admin1, style] of REGION_ROWS) {
      if (style === 'city') continue;
      const region = gazetteer.regions.get(`${country}:${admin1}`);
      expect(region?.parentKey, `${country}:${admin1}`).toBe(gazetteer.countries.get(country)?.key);
    }
  });

  it('builds once, quickly enough for a server start', () => {
    const started = performance.now();
    getGazetteer();
    expect(performance.now() - started).toBeLessThan(5);
  });
});

import { describe, expect, it } from 'vitest';
import { CITY_ALIASES } from '../../../../src/extraction/places/data/city-aliases';
import { FEATURE_ROWS } from '../../../../src/extraction/places/data/features';
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

  it('has the first-level regions of every country CLDR divides, each under its country', () => {
    const gazetteer = getGazetteer();
    const perCountry = new Map<string, number>();
    for (const region of gazetteer.regions.values()) {
      const code = region.countryCode ?? '';
      perCountry.set(code, (perCountry.get(code) ?? 0) + 1);
      expect(region.parentKey, region.name).toBe(gazetteer.countries.get(code)?.key);
    }
    expect(perCountry.size).toBeGreaterThan(190);
    expect([...perCountry.keys()].filter((code) => !gazetteer.countries.has(code))).toEqual([]);
    for (const [code, count] of [
      ['IN', 36],
      ['NG', 37],
      ['BR', 27],
      ['PH', 17],
      ['KZ', 17],
      ['GB', 4],
    ] as const)
      expect(perCountry.get(code), code).toBe(count);
  });

  it('gives every country, region and area a key of its own', () => {
    const gazetteer = getGazetteer();
    const owners = new Map<string, string>();
    const named = [
      ...gazetteer.countries.values(),
      ...gazetteer.regions.values(),
      ...FEATURE_ROWS.flatMap(([name]) =>
        (gazetteer.lookup(foldName(name)) ?? []).filter((e) => e.source === 'feature'),
      ),
    ];
    const clashes = named.filter((entry) => {
      const owner = owners.get(entry.key);
      owners.set(entry.key, `${entry.source}:${entry.name}`);
      return owner !== undefined && owner !== `${entry.source}:${entry.name}`;
    });
    expect(clashes.map((e) => e.key)).toEqual([]);
  });

  it('builds once, quickly enough for a server start', () => {
    const started = performance.now();
    getGazetteer();
    expect(performance.now() - started).toBeLessThan(5);
  });
});

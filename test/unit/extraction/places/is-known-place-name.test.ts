import { describe, expect, it } from 'vitest';
import { isKnownPlaceName } from '../../../../src/extraction/places';

describe('isKnownPlaceName', () => {
  it.each([
    'Moscow',
    'Belarus',
    'Gomel Oblast',
    'Black Sea',
    'Bobruisk',
    'Russia’s',
    'Jordan',
    'Texas',
    'Tamil Nadu',
    'Adana Province',
    'Gulf of Oman',
  ])('%s is a place', (name) => {
    expect(isKnownPlaceName(name)).toBe(true);
  });

  it.each([
    'Vladimir',
    'Austin',
    'Denzel Washington',
    'Paris Hilton',
    'Mobile',
    'Lukashenko',
    'Union State',
    'Kremlin',
    'West',
    'Guerrero',
    'Rivers',
  ])('%s is not taken for a place', (name) => {
    expect(isKnownPlaceName(name)).toBe(false);
  });
});

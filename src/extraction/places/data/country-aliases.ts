/**
 * Names for countries that `world-countries` lacks or keeps only as a code: the common English
 * forms in wire copy ("Turkey", "Britain", "U.S."). [ISO alpha-2, ...names].
 */
export const COUNTRY_ALIASES: readonly (readonly string[])[] = [
  ['US', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
  ['GB', 'Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom'],
  ['TR', 'Turkey', 'Türkiye', 'Turkiye'],
  ['CZ', 'Czech Republic', 'Czechia'],
  ['MM', 'Burma', 'Myanmar'],
  ['CD', 'DRC', 'Democratic Republic of Congo', 'DR Congo', 'Congo-Kinshasa'],
  ['KP', 'North Korea', 'DPRK'],
  ['KR', 'South Korea'],
  ['AE', 'UAE', 'United Arab Emirates', 'Emirates'],
  ['BY', 'Belorussia', 'Byelorussia'],
  ['SZ', 'Swaziland'],
  ['CV', 'Cape Verde'],
  ['TL', 'East Timor'],
  ['VA', 'Vatican', 'Holy See'],
  ['NL', 'Netherlands', 'The Netherlands'],
];

/**
 * All-capital spellings accepted as places. Other capitalised tokens of two or three letters are
 * acronyms (VK, IT, IN), so only these, and all-capital datelines, count.
 */
export const UPPERCASE_PLACE_NAMES: ReadonlySet<string> = new Set([
  'US',
  'U.S.',
  'USA',
  'U.S.A.',
  'UK',
  'U.K.',
  'UAE',
  'DRC',
  'DPRK',
  'NYC',
]);

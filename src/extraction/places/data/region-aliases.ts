/**
 * English names of first-level regions that CLDR's English list lacks: official names newer
 * than CLDR's ("Bangsamoro" for the former Autonomous Region in Muslim Mindanao, 2019), the
 * renamed regions' former names that news still uses ("Orissa", "North-West Frontier Province"),
 * and the regions CLDR names in no English form at all (Inner Mongolia). [ISO country, ISO 3166-2
 * code without the country, ...names]. Facts, compiled by hand.
 */
export const REGION_ALIASES: readonly (readonly string[])[] = [
  [
    'PH',
    '14',
    'Bangsamoro',
    'Bangsamoro Autonomous Region in Muslim Mindanao',
    'BARMM',
    'Autonomous Region in Muslim Mindanao',
  ],
  ['PH', '00', 'National Capital Region'],
  ['PH', '15', 'Cordillera Administrative Region'],
  ['PH', '12', 'SOCCSKSARGEN', 'Region XII'],
  ['PH', '41', 'MIMAROPA'],
  ['IN', 'OD', 'Orissa'],
  ['IN', 'UK', 'Uttaranchal'],
  ['PK', 'KP', 'North-West Frontier Province', 'NWFP'],
  ['CN', 'NM', 'Inner Mongolia', 'Inner Mongolia Autonomous Region'],
  ['CN', 'XZ', 'Tibet Autonomous Region'],
  ['CN', 'XJ', 'Xinjiang Uyghur Autonomous Region', 'Xinjiang Uygur Autonomous Region'],
  ['CN', 'GX', 'Guangxi Zhuang Autonomous Region'],
  ['MD', 'SN', 'Trans-Dniester', 'Transdniestria', 'Pridnestrovie'],
  ['IQ', 'KR', 'Iraqi Kurdistan', 'Kurdistan Region'],
  ['ES', 'CT', 'Catalunya'],
  ['ES', 'PV', 'Euskadi'],
  ['FR', '20R', 'Corsica'],
];

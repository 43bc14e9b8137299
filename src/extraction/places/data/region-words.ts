/**
 * Words English-language news writes after the name of a first-level division ("Adana province",
 * "Lagos State", "Basra governorate", "Akmola region"). Any of them after a region's name means
 * that region, whatever the country calls it officially: reporters are not consistent, and a
 * typed name is never in doubt. Lowercase, folded.
 */
export const REGION_TYPE_WORDS: readonly string[] = [
  'region',
  'province',
  'state',
  'governorate',
  'prefecture',
  'county',
  'department',
  'oblast',
  'emirate',
  'voivodeship',
  'canton',
];

/**
 * Endings CLDR's English subdivision names carry that are types rather than names ("Abay
 * oblysy", "Murcia Region", "Nakhchivan AR"): stripped to find the bare name news uses.
 */
export const NAME_TYPE_ENDINGS: readonly string[] = [
  ...REGION_TYPE_WORDS,
  'oblysy',
  'voblasts',
  'district',
  'municipality',
  'autonomous community',
  'chartered community',
  'ar',
];

/**
 * Words that cannot be a region's name alone: what is left of "Northern District" or "Capital
 * Region" once the type is stripped says nothing, so such names keep their type word.
 */
export const GENERIC_REGION_STEMS: ReadonlySet<string> = new Set(
  `north south east west northern southern eastern western central capital federal upper lower
  middle north east north west south east south west northeast northwest southeast southwest
  northeastern northwestern southeastern southwestern greater new old coast coastal islands
  national metropolitan special autonomous centre center oriental occidental`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The English word for a country's first-level divisions, used to name a region whose bare name
 * belongs to its capital city ("Adana" the city, "Adana Province" the region). Facts of each
 * country's constitution as English reference works give them; countries not listed use "Region".
 */
export const DIVISION_WORDS: Readonly<Record<string, string>> = {
  // Provinces
  AF: 'Province',
  AO: 'Province',
  AR: 'Province',
  BE: 'Province',
  BI: 'Province',
  BF: 'Province',
  CA: 'Province',
  CD: 'Province',
  CN: 'Province',
  CR: 'Province',
  CU: 'Province',
  DO: 'Province',
  EC: 'Province',
  ES: 'Province',
  GA: 'Province',
  ID: 'Province',
  IR: 'Province',
  KH: 'Province',
  KR: 'Province',
  LA: 'Province',
  MZ: 'Province',
  NL: 'Province',
  NP: 'Province',
  PA: 'Province',
  PG: 'Province',
  PK: 'Province',
  RW: 'Province',
  SA: 'Province',
  TH: 'Province',
  TR: 'Province',
  VN: 'Province',
  ZA: 'Province',
  ZM: 'Province',
  ZW: 'Province',
  LK: 'Province',
  MN: 'Province',
  // Governorates
  BH: 'Governorate',
  EG: 'Governorate',
  IQ: 'Governorate',
  JO: 'Governorate',
  KW: 'Governorate',
  LB: 'Governorate',
  OM: 'Governorate',
  PS: 'Governorate',
  SY: 'Governorate',
  TN: 'Governorate',
  YE: 'Governorate',
  // States
  AT: 'State',
  AU: 'State',
  BR: 'State',
  DE: 'State',
  IN: 'State',
  MX: 'State',
  MY: 'State',
  NG: 'State',
  SD: 'State',
  SS: 'State',
  VE: 'State',
  MM: 'State',
  FM: 'State',
  // Others
  JP: 'Prefecture',
  GR: 'Region',
  AE: 'Emirate',
  KE: 'County',
  HU: 'County',
  IE: 'Province',
  RO: 'County',
  SE: 'County',
  NO: 'County',
  HR: 'County',
  EE: 'County',
  LR: 'County',
  PL: 'Voivodeship',
  CH: 'Canton',
  UY: 'Department',
  CO: 'Department',
  PY: 'Department',
  BO: 'Department',
  GT: 'Department',
  HN: 'Department',
  SV: 'Department',
  NI: 'Department',
  HT: 'Department',
  PE: 'Region',
  FR: 'Region',
  IT: 'Region',
  CL: 'Region',
  CZ: 'Region',
};

import { foldName } from './fold';
import { getGazetteer } from './gazetteer';

/** Adjectives and nouns for peoples that world-countries does not list, or lists for a territory. */
const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  'u s': 'US',
  us: 'US',
  usa: 'US',
  american: 'US',
  british: 'GB',
  briton: 'GB',
  english: 'GB',
  belarussian: 'BY',
  byelorussian: 'BY',
  belorussian: 'BY',
  ukranian: 'UA',
  turkish: 'TR',
  dutch: 'NL',
  emirati: 'AE',
  congolese: 'CD',
  dominican: 'DO',
  kazakh: 'KZ',
  uzbek: 'UZ',
  kyrgyz: 'KG',
  tajik: 'TJ',
  turkmen: 'TM',
  philippine: 'PH',
  saudi: 'SA',
  palestinian: 'PS',
};

/**
 * Given a folded word for a people or its adjective ("belarusian", "estonians"), returns the
 * ISO code of its country, or null. A country's own name is no demonym here: it names the place.
 */
export function demonymCountryCode(folded: string): string | null {
  if (folded.length < 4) return null;
  const { demonyms } = getGazetteer();
  const code = EXTRA_DEMONYMS[folded] ?? demonyms.get(folded)?.countryCode;
  if (code) return code;
  if (!folded.endsWith('s')) return null;
  const singular = folded.slice(0, -1);
  return EXTRA_DEMONYMS[singular] ?? demonyms.get(singular)?.countryCode ?? null;
}

/**
 * Given a word for a people or its adjective ("Belarusian", "Russians", "U.S."), returns the
 * country's name as the gazetteer spells it ("Belarus", "Russia", "United States"), or null.
 * A country's own name returns itself, so "the Belarus leader" resolves like "the Belarusian leader".
 */
export function demonymToCountry(word: string): string | null {
  const gazetteer = getGazetteer();
  const folded = foldName(word.replace(/['’]s$/, ''));
  if (!folded) return null;
  const forms = folded.endsWith('s') ? [folded, folded.slice(0, -1)] : [folded];
  for (const form of forms) {
    const code = EXTRA_DEMONYMS[form];
    if (code) return gazetteer.countries.get(code)?.name ?? null;
    const country = gazetteer.demonyms.get(form);
    if (country) return country.name;
  }
  const named = gazetteer.lookup(folded)?.[0];
  return named?.source === 'country' ? named.name : null;
}

import countries from 'world-countries';
import { SeededRandom } from '../../src/random/seeded-random';

/** A fictional speaker of the generated data: name, title, and the country they speak for. */
export interface CastMember {
  name: string;
  title: string;
  country: string;
  demonym: string;
  capital: string;
}

// Invented names: combinations of common given names and surnames, none meant to be a real person.
const GIVEN = [
  'Anna',
  'Boris',
  'Clara',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Irina',
  'Jonas',
  'Katya',
  'Lars',
  'Mila',
  'Nikolai',
  'Olga',
  'Pavel',
  'Rosa',
  'Stefan',
  'Tamara',
  'Viktor',
];
const FAMILY = [
  'Arvel',
  'Brannik',
  'Corvin',
  'Dalmat',
  'Esterov',
  'Falkner',
  'Gorin',
  'Halvard',
  'Ivaskin',
  'Jurgal',
  'Kestrel',
  'Lomov',
  'Marden',
  'Norvik',
  'Orsan',
  'Petrak',
  'Quillon',
  'Rastov',
  'Selvin',
  'Torvald',
];
const TITLES = [
  'Foreign Minister',
  'Defence Minister',
  'Finance Minister',
  'Energy Minister',
  'Prime Minister',
  'President',
  'Central Bank Governor',
  'Economy Minister',
  'Trade Minister',
  'Health Minister',
];

const withCapital = countries.filter(
  (country) => country.independent && country.capital[0] && country.demonyms?.['eng']?.m,
);

/** The 250-odd countries with a capital and a demonym, in a fixed order: the places of the generated data. */
export const PLACES = withCapital.map((country) => ({
  country: country.name.common,
  capital: country.capital[0] as string,
  demonym: country.demonyms?.['eng']?.m as string,
}));

/** Given a seed, returns 200 fictional speakers, each tied to a real country. */
export function buildCast(seed: number): CastMember[] {
  const random = new SeededRandom(seed);
  const cast: CastMember[] = [];
  for (let index = 0; index < 200; index += 1) {
    const place = PLACES[index % PLACES.length] as (typeof PLACES)[number];
    cast.push({
      name: `${GIVEN[index % GIVEN.length]} ${FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length]}`,
      title: random.pick(TITLES),
      country: place.country,
      demonym: place.demonym,
      capital: place.capital,
    });
  }
  return cast;
}

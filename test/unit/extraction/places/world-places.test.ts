import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../src/extraction/places';
import { chain, mentionedKeys, places } from './helpers';

describe('findPlaces: first-level regions of every country', () => {
  it('finds provinces and states named bare or with a type word, under their country', () => {
    const result = places(
      'Floods',
      'Rain fell across Tamil Nadu and Kerala, in Helmand province and in Western Visayas, officials said.',
    );
    expect(mentionedKeys(result)).toEqual(['tamil-nadu-in', 'kerala-in', 'helmand-af', 'western-visayas-ph']);
    expect(result.locations.find((l) => l.key === 'helmand-af')).toMatchObject({
      kind: 'region',
      countryCode: 'AF',
      parentKey: 'afghanistan',
    });
  });

  it('leaves a bare name to the city and gives the region to its typed name', () => {
    const result = places('Heat', 'The mayor of Adana said the whole of Adana province was short of water.');
    expect(mentionedKeys(result)).toEqual(['adana-tr', 'adana-province-tr']);
    expect(chain(result, 'adana-tr')).toEqual(['adana-province-tr', 'turkey']);
  });

  it('puts a city under the region GeoNames files it in', () => {
    const result = places('Port', 'Ferries left Iloilo City and Cebu City on time.');
    expect(chain(result, 'iloilo-ph')).toEqual(['western-visayas-ph', 'philippines']);
  });

  it('knows Kazakhstan’s regions, the new ones and the plural form', () => {
    const result = places(
      'Harvest',
      'Yields rose in the Akmola and Kostanay regions, in West Kazakhstan and in Zhetysu, the ministry in Astana said.',
    );
    expect(mentionedKeys(result)).toEqual([
      'akmola-region-kz',
      'kostanay-region-kz',
      'west-kazakhstan-region-kz',
      'zhetysu-region-kz',
      'astana-kz',
    ]);
  });

  it('reads a long capitalised region name written in capitals', () => {
    const result = places(
      'Cases',
      'Most cases were in CALABARZON and in Central Visayas, the Philippine health office said.',
    );
    expect(mentionedKeys(result)).toEqual(['calabarzon-ph', 'central-visayas-ph']);
  });

  it('does not take a one-word region for a place without its country or a locative', () => {
    expect(places('Results', 'Doc Rivers praised Delta Air Lines; Guerrero scored twice.').mentions).toEqual(
      [],
    );
    expect(mentionedKeys(places('Vote', 'Turnout in Mexico was high, and Guerrero was calm.'))).toEqual([
      'mexico',
      'guerrero-mx',
    ]);
  });
});

describe('findPlaces: one place across spellings', () => {
  it('joins the syllables of a Vietnamese name and reads the English exonyms of European cities', () => {
    const result = places(
      'Trade',
      'Goods from Hà Nội reached Köln, Genève and Frankfurt am Main; Hanoi, Cologne, Geneva and Frankfurt agreed.',
    );
    expect(mentionedKeys(result)).toEqual(['hanoi-vn', 'cologne-de', 'geneva-ch', 'frankfurt-de']);
  });

  it('finds a town spelled with a letter doubled, when the article names its country', () => {
    const result = places('Blast', 'A fire broke out at a depot in Mussaffah, police in Abu Dhabi said.');
    expect(mentionedKeys(result)[0]).toBe('musaffah-ae');
    expect(places('Blast', 'A fire broke out at a depot in Mussaffah.').mentions).toEqual([]);
  });

  it('does not join short lowercase or one-letter words into a city', () => {
    expect(
      places('Talks', 'said spokesman Liang Yang on Saturday, with General Mark A. Welsh.').mentions,
    ).toEqual([]);
  });
});

describe('findPlaces: regions as their own places', () => {
  it('names compass parts of continents and seas as written', () => {
    const result = places(
      'Security',
      'Tension grew in Northeast Asia and the eastern Mediterranean, and trade in Western Europe slowed.',
    );
    expect(result.mentions.map((m) => m.surface)).toEqual([
      'Northeast Asia',
      'eastern Mediterranean',
      'Western Europe',
    ]);
    expect(result.locations.find((l) => l.name === 'Northeast Asia')).toMatchObject({
      kind: 'other',
      parentKey: 'asia',
    });
  });

  it('names a capitalised compass region "of" a country', () => {
    const result = places('Jobs', 'Jobs were lost across the North West of England and in Wales.');
    expect(mentionedKeys(result)).toEqual(['north-west-of-england-gb', 'wales-gb']);
    expect(result.locations.find((l) => l.key === 'north-west-of-england-gb')?.parentKey).toBe('england-gb');
  });

  it('reads gulfs, peninsulas, island groups and blocs whole', () => {
    const result = places(
      'Patrols',
      'Ships crossed the Gulf of Oman toward the Korean Peninsula, the Spratly Islands and the Indo-Pacific.',
    );
    expect(mentionedKeys(result)).toEqual([
      'gulf-of-oman',
      'korean-peninsula',
      'spratly-islands',
      'indo-pacific',
    ]);
  });
});

describe('findPlaces: names that are not places there', () => {
  it('skips titles of nobility, facilities named after small towns and compound adjectives', () => {
    const result = places(
      'Visit',
      'The Duke of Lancaster flew from Orly airport to Nice for talks on Euro-Atlantic security.',
    );
    expect(mentionedKeys(result)).toEqual(['nice-fr']);
  });

  it('skips a one-word ocean that is part of a name', () => {
    const result = places(
      'Drill',
      'The Pacific Fleet and the Atlantic Council met; ships stayed in the Pacific.',
    );
    expect(result.mentions.map((m) => m.surface)).toEqual(['Pacific']);
  });

  it('skips a people’s word that is also some town’s name', () => {
    expect(places('Battlegroup', 'A Canadian-led force arrived with Dutch units.').mentions).toEqual([]);
  });

  it('skips a small town whose only evidence is its country being named', () => {
    const result = places('Armour', 'The United States sent Bradley fighting vehicles to the front.');
    expect(mentionedKeys(result)).toEqual(['united-states']);
  });

  it('skips the surname of a person the article names with a given name', () => {
    const result = places(
      'Derby',
      'Jordan Henderson scored as Liverpool won. Henderson said the side was tired.',
    );
    expect(mentionedKeys(result)).not.toContain('henderson-us');
  });

  it('skips a place inside a person’s name that entity discovery found', () => {
    const text = 'Sen. Thad Conway spoke on Monday. Later Conway met voters in Biloxi.';
    const span = (name: string, from = 0) => {
      const start = text.indexOf(name, from);
      return { paragraph: 0, start, end: start + name.length };
    };
    const people = [span('Thad Conway'), span('Conway', text.indexOf('Later'))];
    expect(places('Town hall', text).mentions.map((m) => m.surface)).toEqual(['Conway', 'Conway', 'Biloxi']);
    const result = findPlaces({ title: 'Town hall', paragraphs: [text], people });
    expect(result.mentions.map((m) => m.surface)).toEqual(['Biloxi']);
  });
});

describe('findPlaces: datelines', () => {
  it('reads the dateline printed on its own line', () => {
    const result = findPlaces({
      title: 'Talks resume',
      dateline: 'MINSK, 2 March',
      paragraphs: ['Talks resumed.'],
    });
    expect(result.mentions).toMatchObject([{ key: 'minsk-by', paragraph: -2, surface: 'MINSK' }]);
  });

  it('reads a dateline line of capitals alone, and not a date line', () => {
    expect(mentionedKeys(places('Statement', 'ANKARA', 'The ministry issued a statement.'))).toEqual([
      'ankara-tr',
    ]);
    const dated = findPlaces({
      title: 'Vote',
      dateline: 'Wed 5 Nov 2003 13.45 EST',
      paragraphs: ['Votes were cast.'],
    });
    expect(dated.mentions).toEqual([]);
  });

  it('keeps a dateline place the gazetteer lacks, inside the country that follows it', () => {
    const result = places('Drill ends', 'TSKHAKAIA BASE, Georgia – A joint drill ended on Friday.');
    expect(result.locations.find((l) => l.name === 'Tskhakaia Base')).toMatchObject({
      kind: 'city',
      countryCode: 'GE',
      parentKey: 'georgia',
    });
  });

  it('does not read a headline that opens with an acronym and a comma as a dateline', () => {
    expect(mentionedKeys(places('NATO, Georgian officers sign training plan', 'The drill ended.'))).toEqual(
      [],
    );
  });

  it('counts a people’s word as evidence for its country’s small towns', () => {
    expect(mentionedKeys(places('Base', 'Estonian officials said troops were drilling at Tapa.'))).toEqual([
      'tapa-ee',
    ]);
    expect(places('Base', 'Officials said troops were drilling at Tapa.').mentions).toEqual([]);
  });
});

describe('findPlaces: weighing weak evidence', () => {
  it('reads a region of the country the story names before a foreign city of its name', () => {
    const result = places(
      'Bushfires',
      'Fires burned in Victoria and New South Wales, Australian officials said.',
    );
    expect(mentionedKeys(result)).toEqual(['victoria-au', 'new-south-wales-au']);
    expect(mentionedKeys(places('Talks', 'Georgia and Armenia met; Australian envoys watched.'))).toEqual([
      'georgia',
      'armenia',
    ]);
  });

  it('takes small towns listed with surer places, and regional capitals, on their country’s word', () => {
    const result = places(
      'Front line',
      'Troops held Pokrovsk, Kostiantynivka and Druzhkivka, Ukrainian officials said. Kramatorsk was calm.',
    );
    expect(result.mentions.map((m) => m.surface)).toEqual([
      'Pokrovsk',
      'Kostiantynivka',
      'Druzhkivka',
      'Kramatorsk',
    ]);
    const kenya = places('Drought', 'Herders in Kenya lost cattle. Meru and Embu were spared.');
    expect(mentionedKeys(kenya)).toEqual(['kenya', 'meru-ke', 'embu-ke']);
  });

  it('makes regions of a list of names before a plural type word', () => {
    const result = places('Floods', 'Rivers burst in the Garissa and Tana River counties of Kenya.');
    expect(mentionedKeys(result)).toEqual(['garissa-county-ke', 'tana-river-ke', 'kenya']);
  });

  it('reads a one-word region named after a person the article names as that person', () => {
    const result = places(
      'Trial',
      'Prosecutor Maria Hidalgo told the court in Mexico City that the police lied. Hidalgo asked for ten years.',
    );
    expect(mentionedKeys(result)).toEqual(['mexico-city-mx']);
  });

  it('writes a region named by compass words alone with its division word', () => {
    const result = places('Vote', 'Voters in Ghana’s Upper East Region and in the Northern Region queued.');
    expect(result.mentions.map((m) => m.surface)).toEqual(['Ghana', 'Upper East Region', 'Northern Region']);
    expect(places('Markets', 'Northern and Capital traders were calm.').mentions).toEqual([]);
  });

  it('skips storms that carry a town’s name', () => {
    expect(
      mentionedKeys(places('Landfall', 'Hurricane Milton hit Florida; Storm Dennis hit Wales.')),
    ).toEqual(['florida-us', 'wales-gb']);
  });

  it('files towns of Arabic-speaking countries without the article GeoNames keeps', () => {
    const result = places(
      'Fighting',
      'Clashes were reported in Fallujah, Ramadi and Najaf, Iraqi officials said.',
    );
    expect(result.mentions.map((m) => m.surface)).toEqual(['Fallujah', 'Ramadi', 'Najaf']);
    expect(result.locations.find((l) => l.name.endsWith('Fallūjah'))?.countryCode).toBe('IQ');
  });
});

import { describe, expect, it } from 'vitest';
import { chain, mentionedKeys, places } from './helpers';

describe('findPlaces: names and aliases', () => {
  it('reads transliteration variants as one city with the usual English name', () => {
    const result = places(
      'Factories reopen',
      'Plants in Homyel and Gomel, Hrodna and Babruysk resumed work, officials in Minsk said.',
    );
    expect(mentionedKeys(result)).toEqual(['gomel-by', 'grodno-by', 'bobruisk-by', 'minsk-by']);
    expect(result.locations.find((l) => l.key === 'bobruisk-by')?.name).toBe('Bobruisk');
  });

  it('folds Kiev/Kyiv, Kharkov/Kharkiv and Odessa/Odesa', () => {
    const result = places(
      'Rail links',
      'Trains from Kiev to Kharkov and Odessa ran late; Kyiv and Kharkiv blamed the weather.',
    );
    expect(mentionedKeys(result)).toEqual(['kyiv-ua', 'kharkiv-ua', 'odesa-ua']);
  });

  it('treats Oblast, Region and lowercase oblast as one region with parent country', () => {
    const result = places(
      'Harvest',
      'Farmers of Gomel Oblast, the Gomel Region and Homyel oblast reported rain. In the Mogilev region it was dry.',
    );
    expect(mentionedKeys(result)).toEqual(['gomel-region-by', 'mogilev-region-by']);
    const gomel = result.locations.find((l) => l.key === 'gomel-region-by');
    expect(gomel).toMatchObject({
      name: 'Gomel Region',
      kind: 'region',
      countryCode: 'BY',
      parentKey: 'belarus',
    });
  });

  it('chains a district to its region and country', () => {
    const result = places('Visit', 'The minister toured Narovlya District, Gomel Oblast on Friday.');
    expect(result.locations.find((l) => l.key === 'narovlya-district-by')).toMatchObject({
      kind: 'region',
      name: 'Narovlya District',
    });
    expect(chain(result, 'narovlya-district-by')).toEqual(['gomel-region-by', 'belarus']);
  });

  it('finds a district from its town alone', () => {
    const result = places(
      'Floods',
      'Water rose in Mozyr District after the storm, Belarusian rescuers said.',
    );
    expect(chain(result, 'mozyr-district-by')).toEqual(['gomel-region-by', 'belarus']);
  });

  it('chains a city to its region and country', () => {
    const result = places('Plant', 'A new line opened in Voronezh.');
    expect(chain(result, 'voronezh-ru')).toEqual(['voronezh-region-ru', 'russia']);
  });

  it('matches multi-word names whole', () => {
    const result = places(
      'Trade',
      'Ships left Rostov-on-Don for the Sea of Azov; buyers in New York, South Korea and the United Arab Emirates waited.',
    );
    expect(mentionedKeys(result)).toEqual([
      'rostov-on-don-ru',
      'sea-of-azov',
      'new-york-city-us',
      'south-korea',
      'united-arab-emirates',
    ]);
  });

  it('knows US states and Russian republics', () => {
    const result = places('Tour', 'The band played Texas, then Tatarstan and Krasnodar Krai.');
    expect(mentionedKeys(result)).toEqual(['texas-us', 'tatarstan-ru', 'krasnodar-krai-ru']);
  });
});

describe('findPlaces: disambiguation', () => {
  it('puts Brest in Belarus in a Belarus story', () => {
    const result = places(
      'Border crossing',
      'Trucks queued near Brest as Belarus tightened checks on the Polish border.',
    );
    expect(mentionedKeys(result)).toContain('brest-by');
    expect(chain(result, 'brest-by')).toEqual(['brest-region-by', 'belarus']);
  });

  it('puts Brest in France in a France story', () => {
    const result = places(
      'Naval yard',
      'The shipyard at Brest will build two frigates, France announced, with parts from Nantes.',
    );
    const brest = result.locations.find((l) => l.name === 'Brest');
    expect(brest?.countryCode).toBe('FR');
    expect(mentionedKeys(result)).not.toContain('brest-by');
  });

  it('reads Moscow as the Russian capital unless Idaho is named', () => {
    expect(mentionedKeys(places('Talks', 'Delegates met in Moscow on Monday.'))).toEqual(['moscow-ru']);
    const idaho = places('Campus', 'Students in Moscow, Idaho, protested the fee rise.');
    const moscow = idaho.locations.find((l) => l.name === 'Moscow');
    expect(moscow).toMatchObject({ countryCode: 'US' });
    expect(chain(idaho, moscow?.key ?? '')).toEqual(['idaho-us', 'united-states']);
  });

  it('keeps Moscow the capital in a story that names American places', () => {
    const result = places(
      'Warning',
      'Officials in Washington and Texas warned Moscow; analysts at the Bank of England agreed.',
    );
    expect(mentionedKeys(result)).toEqual(['washington-d-c-us', 'texas-us', 'moscow-ru', 'england-gb']);
  });

  it('reads Georgia as the state in a story about Atlanta', () => {
    const result = places('Vote count', 'Officials in Atlanta said Georgia would finish counting on Friday.');
    expect(mentionedKeys(result)).toEqual(['atlanta-us', 'georgia-us']);
    expect(mentionedKeys(places('Pipeline', 'Georgia and Armenia signed a gas deal.'))).toEqual([
      'georgia',
      'armenia',
    ]);
  });
});

describe('findPlaces: what is not a place', () => {
  it('skips the Union State and the West, keeping the countries named inside', () => {
    const result = places(
      'Integration',
      'The Union State of Belarus and Russia is no threat to the West, he said. West is where the army looks.',
    );
    expect(mentionedKeys(result)).toEqual(['belarus', 'russia']);
  });

  it('skips places inside person names', () => {
    const result = places(
      'Premiere',
      'Denzel Washington and Paris Hilton arrived with Jordan Peterson, while Michael Jordan stayed home. Vladimir Putin did not comment.',
    );
    expect(result.mentions).toEqual([]);
  });

  it('skips towns that open a person’s name', () => {
    expect(
      places('Visit', 'Secretary of State Antony Blinken and Harrison Ford met in Kyiv.').mentions.map(
        (m) => m.surface,
      ),
    ).toEqual(['Kyiv']);
  });

  it('skips everyday words that are also small towns', () => {
    const result = places(
      'Markets',
      'Of course the mobile market will split. Nice results came in. Reading the data took a day, and the turkey farmers in the Union agreed.',
    );
    expect(result.mentions).toEqual([]);
  });

  it('does not take the Kremlin or the White House for places', () => {
    expect(places('Call', 'The Kremlin and the White House confirmed the call.').mentions).toEqual([]);
  });

  it('skips demonyms and acronyms', () => {
    expect(
      places('Bases', 'American, Chinese and Russian officials met at VK and IT firms.').mentions,
    ).toEqual([]);
  });

  it('does not read Title Case headline words as towns', () => {
    const result = places('Putin Finally Made A Big Admission About Ukraine', '');
    expect(mentionedKeys(result)).toEqual(['ukraine']);
  });
});

describe('findPlaces: areas, directions and abbreviations', () => {
  it('names parts of countries and seas', () => {
    const result = places(
      'Front',
      'Fighting spread in eastern Ukraine and east Ukraine, near Donbas and the Black Sea, far from Siberia and the Baltic states.',
    );
    expect(mentionedKeys(result)).toEqual([
      'eastern-ukraine-ua',
      'donbas-ua',
      'black-sea',
      'siberia-ru',
      'baltic-states',
    ]);
    expect(result.locations.find((l) => l.key === 'eastern-ukraine-ua')).toMatchObject({
      kind: 'other',
      parentKey: 'ukraine',
    });
  });

  it('reads a plural region word after a list of towns as their regions', () => {
    const result = places('Shelling', 'Drones hit the Belgorod, Kursk and Bryansk regions overnight.');
    expect(mentionedKeys(result)).toEqual(['belgorod-region-ru', 'kursk-region-ru', 'bryansk-region-ru']);
  });

  it('tells a river from the city named after it', () => {
    const result = places('Water', 'Barges on the Dnieper River passed Dnipro at dawn.');
    expect(mentionedKeys(result)).toEqual(['dnipro-river', 'dnipro-ua']);
  });

  it('puts Crimea in Ukraine', () => {
    const result = places('Peninsula', 'Ferries to Crimea were cancelled.');
    expect(result.locations.find((l) => l.key === 'crimea-ua')).toMatchObject({
      kind: 'region',
      parentKey: 'ukraine',
    });
  });

  it('reads U.S., US and UK and an all-capital dateline', () => {
    const result = places(
      'Envoys',
      'KYIV, May 2 (Wire) - U.S. and UK envoys met; a US official said little.',
    );
    expect(mentionedKeys(result)).toEqual(['kyiv-ua', 'united-states', 'united-kingdom']);
  });

  it('counts a country named inside an institution', () => {
    expect(mentionedKeys(places('Rates', 'The National Bank of Romania kept its rate.'))).toEqual([
      'romania',
    ]);
  });
});

describe('findPlaces: output shape', () => {
  it('gives exact offsets into each paragraph and -1 for the title', () => {
    const title = 'Talks in Warsaw';
    const paragraphs = [
      'Poland’s envoy flew to Vilnius.',
      '“Lithuania and Latvia agree,” said the envoy in Riga.',
    ];
    const result = places(title, ...paragraphs);
    expect(result.mentions.map((m) => [m.paragraph, m.surface])).toEqual([
      [-1, 'Warsaw'],
      [0, 'Poland'],
      [0, 'Vilnius'],
      [1, 'Lithuania'],
      [1, 'Latvia'],
      [1, 'Riga'],
    ]);
    for (const m of result.mentions) {
      const text = m.paragraph === -1 ? title : paragraphs[m.paragraph];
      expect(text?.slice(m.start, m.end)).toBe(m.surface);
    }
  });

  it('lists every ancestor once and every parent is in the list', () => {
    const result = places('Tour', 'From Brest to Gomel, Grodno, Minsk and Vitebsk, all across Belarus.');
    const keys = result.locations.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const l of result.locations) if (l.parentKey) expect(keys).toContain(l.parentKey);
  });
});

import type { RawArticle } from '../ingest/validate-article-input';

/**
 * SAMPLE DATA. Fictional wire-style articles written for this project: the speakers, outlets and
 * their words are invented; the places are real. Loaded on the first start of the embedded database
 * and by `npm run seed`, so the Sandbox and the explorer have something to show.
 *
 * Between them they use every attribution pattern the extractor knows (`NAME noted: “…”`,
 * `“…,” NAME said`, `“…,” said NAME`, split and multi-paragraph quotes, pronouns, descriptions such
 * as "the head of state", reported speech, organisations, scare quotes that are not speech), several
 * topics and places from cities down to districts, so each part of the API has something to return.
 */
export const SAMPLE_ARTICLES: readonly RawArticle[] = [
  {
    title: 'Defence minister rules out new foreign air base near Grodno (sample data)',
    source: 'Sample Wire',
    url: 'https://example.org/sample/air-base-grodno',
    dateline: 'MINSK, 2 March',
    publishedAt: new Date('2026-03-02T09:30:00Z'),
    body: [
      'Belarusian Defence Minister Tomas Verenko on Monday ruled out the deployment of a foreign air base near Grodno.',
      '“Nobody has asked us for a military base, and nobody will get one,” Verenko told reporters in Minsk.',
      'The minister stressed that the country could defend its western border with its own troops.',
      '“Our forces are enough. We train every month near Brest and Grodno,” he said.',
    ].join('\n'),
  },
  {
    title: 'Head of state: troops will stay in their barracks this spring (sample data)',
    source: 'Sample Wire',
    url: 'https://example.org/sample/troops-barracks',
    // No publishedAt: the date comes from this dateline, which has no year.
    dateline: '13:20, 26 April',
    body: [
      'President Viktor Sarenko met the commanders of the Western Operational Command in Brest on Saturday.',
      '“We will not deploy a single extra battalion to the border,” Sarenko said. “Our troops will stay in their barracks unless somebody gives them a reason to leave.”',
      'The head of state added that the exercise planned near Gomel would go ahead in a smaller format.',
      '“A military base is not a souvenir you put on a shelf,” the Belarusian leader said. “It costs money every single day.”',
      'Asked about the rumours of a new air base in the Gomel Region, Sarenko smiled.',
      '“I read those stories too. They are written in offices far from here,” he added.',
    ].join('\n'),
  },
  {
    title: 'National Bank keeps its key rate as inflation slows (sample data)',
    source: 'Sample Daily',
    url: 'https://example.org/sample/key-rate-inflation',
    dateline: 'MINSK, 14 May',
    publishedAt: new Date('2026-05-14T11:05:00Z'),
    body: [
      'The National Bank said that it would keep its key rate at 9.5 percent for another quarter.',
      'National Bank Chairwoman Marta Kolosova noted: “Inflation has slowed for three months in a row, but prices for services are still rising too fast.”',
      'According to Kolosova, consumer prices rose by 5.8 percent over the past twelve months.',
      'Economists at the so-called “kitchen table” index, a basket of twenty everyday goods, counted a smaller rise in Mogilev and Vitebsk.',
      '“We are not in a hurry. Cutting the rate too early would bring inflation back by autumn,” said Marta Kolosova.',
    ].join('\n'),
  },
  {
    title: 'Energy minister promises stable gas prices for households (sample data)',
    source: 'Sample Wire',
    url: 'https://example.org/sample/gas-prices-households',
    dateline: 'April 13, 12:39 UTC+3',
    body: [
      'Energy Minister Dmitry Lavrenov visited the nuclear power plant near Astravets in the Grodno Region on Monday.',
      'Lavrenov said: “Households will pay the same price for natural gas next winter.',
      '“The second unit of the plant now covers a third of the country’s electricity demand, and that is what lets us keep prices where they are.”',
      'The minister pointed out that industrial consumers would see a moderate rise in electricity tariffs.',
      '“Energy is the one thing we cannot afford to import at any price,” Lavrenov said.',
    ].join('\n'),
  },
  {
    title: 'Foreign minister calls new sanctions package “a road to nowhere” (sample data)',
    source: 'Example News Agency',
    url: 'https://example.org/sample/sanctions-road-to-nowhere',
    dateline: 'MINSK, 20 June',
    publishedAt: new Date('2026-06-20T08:15:00Z'),
    body: [
      'Foreign Minister Elena Marchuk on Friday criticised the new sanctions package announced in Brussels.',
      '“Sanctions have never opened a single border crossing or brought a single prisoner home,” said Elena Marchuk.',
      'Marchuk pointed out that trade with neighbouring Lithuania and Poland had already fallen by a quarter.',
      '“We are ready for talks at any level, in Vilnius, in Warsaw or here in Minsk,” the foreign minister said. “But talks are a conversation, not a list of demands.”',
      'According to the ministry, the ambassadors of seven countries were invited for consultations next week.',
    ].join('\n'),
  },
  {
    title: 'Kazakhstan says no foreign military base will open on its soil (sample data)',
    source: 'Sample Wire',
    url: 'https://example.org/sample/kazakhstan-no-foreign-base',
    dateline: 'ASTANA, 9 July',
    publishedAt: new Date('2026-07-09T06:40:00Z'),
    body: [
      'Defence Ministry spokesman Aidos Temirbekov said on Thursday that no foreign military base would be opened in Kazakhstan.',
      '“The constitution does not allow foreign troops to be stationed here permanently, and nobody is proposing to change that,” Temirbekov said in Astana.',
      'He noted that joint exercises with neighbouring countries near Almaty and Aktobe would continue as planned.',
      '“An exercise ends and everyone goes home. A base stays for decades,” the spokesman added.',
    ].join('\n'),
  },
  {
    title: 'Gomel Region governor expects record grain harvest (sample data)',
    source: 'Sample Daily',
    url: 'https://example.org/sample/gomel-harvest',
    dateline: 'GOMEL, 18 August',
    publishedAt: new Date('2026-08-18T13:00:00Z'),
    body: [
      'Governor of the Gomel Region Pavel Lisovsky toured farms in the Narovlya District and the Rechitsa District on Tuesday.',
      '“We have never had this much grain in the barns in the middle of August,” Lisovsky said.',
      'The governor noted that farmers in the Mozyr District had finished the harvest a week earlier than planned.',
      'Local officials have promised a “green corridor” for grain lorries heading to Gomel, a name for faster paperwork rather than a road.',
      '“Export prices are good this year, but the first duty of farmers is food security at home,” he added.',
    ].join('\n'),
  },
  {
    title: 'Armenian and Belarusian foreign ministers agree on a roadmap for trade (sample data)',
    source: 'Example News Agency',
    url: 'https://example.org/sample/yerevan-minsk-roadmap',
    dateline: 'YEREVAN, 3 September',
    publishedAt: new Date('2026-09-03T10:20:00Z'),
    body: [
      'Armenian Foreign Minister Aram Hovsepyan received his Belarusian counterpart Elena Marchuk in Yerevan on Wednesday.',
      '“Our bilateral relations have outgrown the old agreements, and the roadmap we signed today reflects that,” Hovsepyan said after the talks.',
      'Marchuk noted: “Trade between our countries grew by a fifth last year, and there is room for much more.”',
      'According to Hovsepyan, a direct flight between Yerevan and Minsk will resume in October.',
      'Both ministers said that diplomacy, not pressure, was the way to settle disputes in the region.',
    ].join('\n'),
  },
  {
    title: 'Border commander: no new troops or bases needed in the Brest Region (sample data)',
    source: 'Sample Wire',
    url: 'https://example.org/sample/brest-region-border',
    dateline: 'BREST, 1 October',
    publishedAt: new Date('2026-10-01T07:50:00Z'),
    body: [
      'State Border Committee commander Major General Ruslan Dovnar inspected the border posts of the Kamenets District on Wednesday.',
      '“We do not need new bases in the Brest Region. We need modern equipment at the bases we already have,” Dovnar said.',
      'The general pointed out that the number of illegal crossings had fallen by half since spring.',
      '“Nobody should deploy troops where a camera and a good patrol will do,” he added.',
      'The State Border Committee said that two new checkpoints would open near Brest by the end of the year.',
    ].join('\n'),
  },
  {
    title: 'Vitebsk factories switch to local fuel as energy prices climb (sample data)',
    source: 'Sample Daily',
    url: 'https://example.org/sample/vitebsk-local-fuel',
    dateline: 'VITEBSK, 22 October',
    publishedAt: new Date('2026-10-22T12:30:00Z'),
    body: [
      'Industry Minister Natalia Gerasimenko opened a wood-chip boiler house at a textile factory in Orsha, in the Vitebsk Region, on Thursday.',
      '“Every tonne of local fuel we burn is a tonne of imported gas we do not have to buy,” Gerasimenko said.',
      'According to the minister, twelve factories in the region have switched to peat and wood chips since January.',
      'She pointed out that higher energy prices had pushed up the cost of fabric and, in turn, inflation in the region.',
      '“We will not solve inflation in one boiler house. But we will not make it worse either,” said Natalia Gerasimenko.',
    ].join('\n'),
  },
];

import type { TaxonomyTopic } from '../extraction/types';

/** A taxonomy topic with the description shown in the API. */
export interface DefaultTopic extends TaxonomyTopic {
  description: string;
  /**
   * Terms too ambiguous to count alone ("base" in "customer base"): they tag a quote only when the
   * quote, its paragraph or its article also carries one of `keywords`.
   */
  weakKeywords: readonly string[];
}

/**
 * The taxonomy shipped with the first migration: common news topics with keyword phrases. Keywords
 * are matched stemmed, so "sanction" also finds "sanctions" and "sanctioned".
 */
export const DEFAULT_TAXONOMY: readonly DefaultTopic[] = [
  {
    slug: 'military-bases',
    name: 'Military bases',
    description: 'Foreign and domestic military bases, garrisons and the stationing of troops.',
    keywords: ['military base', 'air base', 'airbase', 'naval base', 'garrison', 'troops', 'deploy', 'deployment', 'station troops', 'military presence', 'military facility'],
    weakKeywords: ['base', 'bases'],
  },
  {
    slug: 'defense',
    name: 'Defence and armed forces',
    description: 'Armies, weapons, military strategy and alliances.',
    keywords: ['army', 'armed forces', 'military', 'weapon', 'missile', 'defence', 'defense', 'soldier', 'hypersonic', 'Collective Security Treaty Organization', 'CSTO', 'NATO', 'aggression', 'military exercise'],
    weakKeywords: ['forces', 'strategy'],
  },
  {
    slug: 'war-and-conflict',
    name: 'War and armed conflict',
    description: 'Wars, fighting, ceasefires, occupation and annexation.',
    keywords: ['war', 'conflict', 'ceasefire', 'invasion', 'annexation', 'occupation', 'shelling', 'hostilities', 'offensive', 'combat', 'settlement of the conflict'],
    weakKeywords: ['crisis', 'crises'],
  },
  {
    slug: 'sanctions',
    name: 'Sanctions',
    description: 'Economic and political sanctions, embargoes and restrictive measures.',
    keywords: ['sanction', 'embargo', 'restrictive measures', 'blacklist', 'asset freeze', 'export ban'],
    weakKeywords: ['choke', 'pressure'],
  },
  {
    slug: 'diplomacy',
    name: 'Diplomacy and foreign relations',
    description: 'Talks between states, summits, ambassadors and bilateral relations.',
    keywords: ['diplomacy', 'diplomatic', 'talks', 'negotiations', 'summit', 'bilateral relations', 'foreign minister', 'secretary of state', 'ambassador', 'dialog', 'dialogue', 'foreign policy', 'state visit'],
    weakKeywords: ['meeting', 'agreement', 'partners'],
  },
  {
    slug: 'integration-and-sovereignty',
    name: 'Integration and sovereignty',
    description: 'Unions of states, integration projects, independence and sovereignty.',
    keywords: ['integration', 'sovereignty', 'independence', 'independent state', 'Union State', 'Eurasian Economic Union', 'absorb', 'absorption', 'unification'],
    weakKeywords: ['union'],
  },
  {
    slug: 'economy',
    name: 'Economy',
    description: 'Growth, recession, GDP and the economy in general.',
    keywords: ['economy', 'economic', 'GDP', 'gross domestic product', 'recession', 'economic growth', 'growth rate', 'productivity'],
    weakKeywords: ['growth'],
  },
  {
    slug: 'industry-and-manufacturing',
    name: 'Industry and manufacturing',
    description: 'Factories, enterprises, industrial cooperation and production.',
    keywords: ['manufacturing', 'industry', 'industrial', 'enterprise', 'factory', 'plant', 'production', 'manufacturing cooperation', 'high-tech', 'import substitution'],
    weakKeywords: ['products', 'make'],
  },
  {
    slug: 'energy',
    name: 'Energy',
    description: 'Oil, gas, electricity, nuclear power and energy prices.',
    keywords: ['energy', 'oil', 'natural gas', 'gas prices', 'hydrocarbon', 'pipeline', 'electricity', 'nuclear power', 'power plant', 'coal', 'renewable', 'fuel'],
    weakKeywords: ['gas'],
  },
  {
    slug: 'inflation-and-prices',
    name: 'Inflation and prices',
    description: 'Inflation, consumer prices and the cost of living.',
    keywords: ['inflation', 'consumer prices', 'price growth', 'cost of living', 'deflation', 'price increase', 'inflation rate'],
    weakKeywords: ['prices'],
  },
  {
    slug: 'monetary-policy',
    name: 'Monetary policy and central banks',
    description: 'Central banks, interest rates, currencies and exchange rates.',
    keywords: ['central bank', 'national bank', 'interest rate', 'monetary policy', 'key rate', 'policy rate', 'exchange rate', 'currency', 'reserve requirement', 'liquidity'],
    weakKeywords: ['rate', 'rates'],
  },
  {
    slug: 'public-finance',
    name: 'Budget and public finance',
    description: 'State budgets, taxes, public debt and deficits.',
    keywords: ['budget', 'tax', 'taxes', 'public debt', 'deficit', 'fiscal', 'treasury', 'public spending', 'VAT'],
    weakKeywords: ['debt'],
  },
  {
    slug: 'trade',
    name: 'Trade',
    description: 'Exports, imports, tariffs and trade agreements.',
    keywords: ['trade', 'export', 'import', 'tariff', 'customs', 'trade agreement', 'free trade', 'trade turnover', 'duties'],
    weakKeywords: ['market'],
  },
  {
    slug: 'agriculture',
    name: 'Agriculture and food',
    description: 'Farming, harvests, food supply and food security.',
    keywords: ['agriculture', 'agricultural', 'farm', 'farmer', 'harvest', 'crop', 'grain', 'livestock', 'food security', 'dairy'],
    weakKeywords: ['food'],
  },
  {
    slug: 'elections',
    name: 'Elections',
    description: 'Elections, campaigns, votes and referendums.',
    keywords: ['election', 'vote', 'voting', 'ballot', 'referendum', 'candidate', 'campaign', 'polling station', 'electoral'],
    weakKeywords: ['poll'],
  },
  {
    slug: 'government-and-politics',
    name: 'Government and politics',
    description: 'Governments, parliaments, parties, opposition and political leadership.',
    keywords: ['government', 'parliament', 'opposition', 'political party', 'cabinet', 'prime minister', 'president', 'head of state', 'legislation', 'coalition', 'constitution'],
    weakKeywords: ['politics', 'power'],
  },
  {
    slug: 'law-and-justice',
    name: 'Law and justice',
    description: 'Courts, trials, crime, police and the rule of law.',
    keywords: ['court', 'trial', 'judge', 'prosecutor', 'crime', 'criminal', 'police', 'arrest', 'sentence', 'lawsuit', 'investigation', 'corruption'],
    weakKeywords: ['law'],
  },
  {
    slug: 'terrorism-and-security',
    name: 'Terrorism and security',
    description: 'Terrorism, extremism, intelligence and national security.',
    keywords: ['terrorism', 'terrorist', 'extremism', 'extremist', 'national security', 'intelligence service', 'security service', 'counter-terrorism', 'attack'],
    weakKeywords: ['security', 'threat'],
  },
  {
    slug: 'human-rights',
    name: 'Human rights',
    description: 'Civil liberties, freedom of speech, protests and political prisoners.',
    keywords: ['human rights', 'freedom of speech', 'press freedom', 'political prisoner', 'protest', 'demonstration', 'civil liberties', 'censorship', 'discrimination'],
    weakKeywords: ['rights', 'freedom'],
  },
  {
    slug: 'migration',
    name: 'Migration and refugees',
    description: 'Migrants, refugees, asylum and border crossings.',
    keywords: ['migration', 'migrant', 'refugee', 'asylum', 'border crossing', 'deportation', 'visa', 'displaced'],
    weakKeywords: ['border'],
  },
  {
    slug: 'health',
    name: 'Health',
    description: 'Public health, hospitals, diseases, pandemics and vaccines.',
    keywords: ['health', 'healthcare', 'hospital', 'disease', 'pandemic', 'epidemic', 'vaccine', 'vaccination', 'virus', 'COVID', 'medicine', 'patient'],
    weakKeywords: ['doctors'],
  },
  {
    slug: 'education',
    name: 'Education',
    description: 'Schools, universities, students and teachers.',
    keywords: ['education', 'school', 'university', 'student', 'teacher', 'curriculum', 'academic'],
    weakKeywords: ['learning'],
  },
  {
    slug: 'science-and-technology',
    name: 'Science and technology',
    description: 'Research, innovation, IT, artificial intelligence and space.',
    keywords: ['science', 'scientific', 'research', 'technology', 'innovation', 'artificial intelligence', 'IT sector', 'digital', 'space', 'satellite', 'microelectronics'],
    weakKeywords: ['tech'],
  },
  {
    slug: 'environment-and-climate',
    name: 'Environment and climate',
    description: 'Climate change, pollution, emissions and natural disasters.',
    keywords: ['climate', 'climate change', 'environment', 'environmental', 'pollution', 'emissions', 'carbon', 'flood', 'drought', 'wildfire', 'global warming'],
    weakKeywords: ['weather'],
  },
  {
    slug: 'transport-and-infrastructure',
    name: 'Transport and infrastructure',
    description: 'Roads, railways, aviation, ports and infrastructure projects.',
    keywords: ['transport', 'railway', 'road construction', 'highway', 'airport', 'aviation', 'airline', 'port', 'logistics', 'infrastructure', 'flight'],
    weakKeywords: ['route'],
  },
  {
    slug: 'labour-and-employment',
    name: 'Labour and employment',
    description: 'Jobs, wages, unemployment, pensions and trade unions.',
    keywords: ['employment', 'unemployment', 'jobs', 'wages', 'salary', 'salaries', 'pension', 'labour market', 'labor market', 'trade union', 'workforce', 'strike'],
    weakKeywords: ['workers'],
  },
  {
    slug: 'finance-and-markets',
    name: 'Finance and markets',
    description: 'Banks, stock markets, investment and financial stability.',
    keywords: ['stock market', 'investment', 'investor', 'bank', 'banking', 'financial stability', 'bond', 'shares', 'credit', 'loan', 'capital'],
    weakKeywords: ['money', 'financial'],
  },
  {
    slug: 'culture-and-sport',
    name: 'Culture and sport',
    description: 'Arts, heritage, festivals, sport and the Olympics.',
    keywords: ['culture', 'cultural', 'museum', 'festival', 'theatre', 'film', 'sport', 'olympic', 'championship', 'football', 'heritage'],
    weakKeywords: ['games'],
  },
];

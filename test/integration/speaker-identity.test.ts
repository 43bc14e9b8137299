import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from '../helpers/test-environment';

// SAMPLE DATA written for this test: invented speakers, real places.
const articles = [
  {
    title: 'Governor opens bridge',
    body: 'GOMEL. Regional Governor Aleksandr Vorontsenko opened a bridge in Gomel on Monday.\n“The bridge will serve the region for a century,” Vorontsenko said.',
  },
  {
    title: 'Governor on harvest',
    body: 'MINSK. “The harvest this year is the best in a decade,” Vorontsenko told reporters in Minsk.',
  },
  {
    title: 'Governor on roads',
    body: 'GOMEL. Regional Governor Alexander Vorontsenka said: “Every village will have an asphalt road by 2030.”',
  },
  {
    title: 'Another Vorontsenko',
    body: 'BREST. Health Minister Maria Vorontsenko visited a hospital in Brest.\n“We will open two more clinics,” Maria Vorontsenko said.',
  },
  {
    title: 'Minister on budget',
    body: 'MINSK. “The budget deficit will shrink next year,” Kestrova told parliament.',
  },
  {
    title: 'Minister on taxes',
    body: 'MINSK. Finance Minister Lidia Kestrova presented the tax code on Tuesday.\n“No tax will rise in 2027,” Kestrova said.',
  },
];

describe('speakers across articles', () => {
  const env = useTestEnvironment({}, async (env) => {
    for (const article of articles) await env.ingest(article);
  });

  it('are one person under a bare surname and under transliteration variants, but not across given names', async () => {
    const result = await env.graphql<{
      speakers: { nodes: { name: string; quoteCount: number; aliases: string[] }[] };
    }>(`{ speakers(search: "vorontsen") { nodes { name quoteCount aliases } } }`);
    expect(result.errors).toBeUndefined();
    const speakers = result.data?.speakers.nodes ?? [];
    expect(speakers.map((speaker) => [speaker.name, speaker.quoteCount])).toEqual([
      ['Aleksandr Vorontsenko', 3],
      ['Maria Vorontsenko', 1],
    ]);
  });

  it('complete a speaker first stored under a bare surname once an article gives the full name', async () => {
    const result = await env.graphql<{
      speakers: { nodes: { name: string; role: string | null; quoteCount: number }[] };
    }>(`{ speakers(search: "kestrova") { nodes { name role quoteCount } } }`);
    expect(result.data?.speakers.nodes).toEqual([
      { name: 'Lidia Kestrova', role: 'Finance Minister', quoteCount: 2 },
    ]);
  });
});

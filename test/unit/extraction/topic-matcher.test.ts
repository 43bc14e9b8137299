import { describe, expect, it } from 'vitest';
import { quoteTopics, readArticleTopics } from '../../../src/extraction/topics/article-topics';
import { parseKeyword } from '../../../src/extraction/topics/keyword-pattern';
import { stemText } from '../../../src/extraction/topics/stem-words';
import { compileTaxonomy, findHits, type TaxonomyInput } from '../../../src/extraction/topics/topic-matcher';
import { DEFAULT_TAXONOMY } from '../../../src/topic/default-taxonomy';

const TAXONOMY: TaxonomyInput[] = [
  {
    slug: 'bases',
    name: 'Bases',
    keywords: ['military base', 'garrison', 'deploy|send … troops', '-deploy|send … troops to the border'],
    weakKeywords: ['base', '-based on', '-customer base'],
  },
  { slug: 'trade', name: 'Trade', keywords: ['customs', 'export'] },
  { slug: 'sanctions', name: 'Sanctions', keywords: ['sanction'] },
  { slug: 'schools', name: 'Schools', keywords: ['school', 'teacher'] },
];
const compiled = compileTaxonomy(TAXONOMY);

/** The slugs a text's keywords hit, strong ones and weak ones apart. */
function hitsIn(text: string, taxonomy = compiled): { strong: string[]; weak: string[] } {
  const hits = findHits(taxonomy, stemText(text));
  const slugs = (weak: boolean) =>
    [
      ...new Set(hits.filter((hit) => hit.weak === weak).map((hit) => taxonomy.slugs[hit.topic] ?? '')),
    ].sort();
  return { strong: slugs(false), weak: slugs(true) };
}

/**
 * The topics extraction gives the quotation marked with ⟨ ⟩ in each paragraph (the whole paragraph
 * when unmarked), the paragraphs forming the body under the headline.
 */
function quotationTopics(title: string, marked: string[], taxonomy = compiled): string[][] {
  const paragraphs = marked.map((text) => text.replace(/[⟨⟩]/g, ''));
  const body = paragraphs.join('\n');
  const ranges = paragraphs.map((text, index) => {
    const start = paragraphs.slice(0, index).reduce((total, before) => total + before.length + 1, 0);
    return { start, end: start + text.length };
  });
  const article = readArticleTopics(taxonomy, { title, body, paragraphs: ranges });
  return marked.map((text, paragraph) => {
    const open = text.indexOf('⟨');
    const start = (ranges[paragraph]?.start ?? 0) + Math.max(open, 0);
    const end = open < 0 ? (ranges[paragraph]?.end ?? 0) : start + text.indexOf('⟩') - open - 1;
    return quoteTopics(article, { start, end, paragraph });
  });
}

describe('keyword patterns', () => {
  it('reads words, alternatives, gaps and exceptions', () => {
    const pattern = parseKeyword('deploy|send … US troops');
    expect(pattern?.exception).toBe(false);
    expect(pattern?.slots.map((slot) => (slot.kind === 'gap' ? '…' : [...slot.keys].join('|')))).toEqual([
      'deploy|send',
      '…',
      'us',
      'troop',
    ]);
    expect(parseKeyword('-customer base')?.exception).toBe(true);
    expect(parseKeyword('... base ...')?.slots).toHaveLength(1);
    expect(parseKeyword(' … ')).toBeNull();
  });

  it('matches keyword phrases through inflections', () => {
    expect(hitsIn('Two military bases and new sanctions were sanctioned').strong).toEqual([
      'bases',
      'sanctions',
    ]);
  });

  it('does not let Porter2 fold different words together', () => {
    expect(hitsIn('Our customers grew').strong).toEqual([]);
  });

  it('lets a gap skip a few words of one clause, numbers counting as one word', () => {
    expect(hitsIn('They will send about 2,500 more US troops.').strong).toEqual(['bases']);
    expect(hitsIn('They will send parcels by air, then food and tents to the troops.').strong).toEqual([]);
    expect(hitsIn('We will send nobody. Our troops stay home.').strong).toEqual([]);
    expect(hitsIn('We will send the U.S. troops home.').strong).toEqual(['bases']);
  });

  it('drops a match that lies on an exception of its topic', () => {
    expect(hitsIn('Our customer base grew, based on new contracts.').weak).toEqual([]);
    expect(hitsIn('The army will send two thousand troops to the border.').strong).toEqual([]);
    expect(hitsIn('The base grew.').weak).toEqual(['bases']);
  });
});

describe('topics judged in context', () => {
  it('counts a weak keyword only where its topic is present by a strong one', () => {
    const [alone] = quotationTopics('Sales report', ['He said ⟨our base in the north grew by a tenth⟩.']);
    expect(alone).toEqual([]);
    const [, beside] = quotationTopics('Minister tours the northern garrison', [
      'The defence minister spent Monday with the commanders of the region.',
      '"⟨The base will get new hangars next year⟩," he said.',
    ]);
    expect(beside).toEqual(['bases']);
  });

  it('gives every on-subject quotation the topic of the lead', () => {
    const topics = quotationTopics('Town fears for its future', [
      'Reporting from the harbour town',
      'The government plans to close the military base that has employed half the town for forty years.',
      '"⟨We were promised an answer by spring⟩," the mayor said.',
      '"⟨The new school will open in September as planned⟩," she added.',
    ]);
    expect(topics[2]).toEqual(['bases']);
    // A quotation about something the subject does not carry keeps its own topic only.
    expect(topics[3]).toEqual(['schools']);
  });

  it('gives a quotation its paragraph topics unless its own words are about something else', () => {
    const [onSubject, offSubject] = quotationTopics('A long day for the mayor', [
      'After a visit to the military base, the mayor said ⟨the garrison and its school had waited long enough⟩.',
      'Speaking at the military base, the mayor said ⟨customs checks at the port would be faster⟩.',
    ]);
    expect(onSubject).toEqual(['bases', 'schools']);
    expect(offSubject).toEqual(['trade']);
  });

  it('adds the headline to the subject only where headline and lead agree on a topic', () => {
    const agreeing = quotationTopics('Garrison to close, and its school with it', [
      'The school at the garrison will shut in June, parents were told.',
      '"⟨It is a sad day⟩," one mother said.',
    ]);
    expect(agreeing[1]).toEqual(['bases', 'schools']);
    const apart = quotationTopics('No military base discussed at the summit', [
      'The leaders spent the summit on export quotas and customs checks.',
      '"⟨It is a sad day⟩," one official said.',
    ]);
    expect(apart[1]).toEqual(['trade']);
  });

  it('takes the lead from the first paragraph of prose, not a dateline or time stamp', () => {
    const topics = quotationTopics('Ministry statement', [
      'Published: 3 May 2031 10:15 GMT Updated: 3 May 2031 11:00 GMT',
      'The ministry said on Friday it would send another five hundred troops abroad next month.',
      '"⟨It is a question of trust between allies⟩," the minister said.',
    ]);
    expect(topics[2]).toEqual(['bases']);
  });

  it('compiles one taxonomy object once', () => {
    expect(compileTaxonomy(TAXONOMY)).toBe(compiled);
  });
});

describe('the default taxonomy', () => {
  const shipped = compileTaxonomy(DEFAULT_TAXONOMY);
  const topicsOf = (text: string) => hitsIn(text, shipped).strong;

  it('tells a labour strike from a strike of war and from striking a deal', () => {
    expect(topicsOf('The dockers’ strike ended on Sunday.')).toContain('labour-and-employment');
    expect(topicsOf('The dockers went on strike on Monday.')).toContain('labour-and-employment');
    expect(topicsOf('Air strikes on the port went on overnight.')).not.toContain('labour-and-employment');
    expect(topicsOf('The army carried out strikes on targets near the port.')).not.toContain(
      'labour-and-employment',
    );
    expect(topicsOf('They hope to strike a deal by Friday.')).not.toContain('labour-and-employment');
  });
});

describe('the military-bases topic of the default taxonomy', () => {
  const shipped = compileTaxonomy(DEFAULT_TAXONOMY);
  const isAbout = (text: string) => hitsIn(text, shipped).strong.includes('military-bases');

  it('finds bases, garrisons and forces sent, kept or withdrawn abroad', () => {
    expect(isAbout('The old barracks will be sold to the city.')).toBe(true);
    expect(isAbout('Washington will deploy 1,200 additional troops to the region.')).toBe(true);
    expect(isAbout('Allied forces had been stationed there since the treaty.')).toBe(true);
    expect(isAbout('The squadron was based at the airfield for another decade.')).toBe(true);
    expect(isAbout('Talks on troop levels resumed in the capital.')).toBe(true);
    expect(isAbout('The navy would station missiles and warships on the reef.')).toBe(true);
    expect(isAbout('The withdrawal of all foreign combat troops is due by December.')).toBe(true);
    expect(isAbout('Lithuania offered to host a second allied brigade.')).toBe(true);
    expect(isAbout('The marine air station will be moved north.')).toBe(true);
  });

  it('leaves out forces moved at home, the verb "force" and radio stations', () => {
    expect(isAbout('The army relocated troops on its own soil, as it does every spring.')).toBe(false);
    expect(isAbout('The general sent two regiments to the border with its neighbour.')).toBe(false);
    expect(isAbout('Thousands were forced to leave their homes by the floods.')).toBe(false);
    expect(isAbout('The cuts force the company to relocate its offices.')).toBe(false);
    expect(isAbout('She told a local radio station she was stationing nobody anywhere.')).toBe(false);
    expect(isAbout('Two fire brigades were sent to the warehouse.')).toBe(false);
    expect(isAbout('Riot police forces were deployed outside the stadium.')).toBe(false);
    expect(isAbout('Soldiers were deployed to help with the flood cleanup.')).toBe(false);
    expect(isAbout('The general sent more troops to the front overnight.')).toBe(false);
    expect(isAbout('Three soldiers remain in hospital after the crash.')).toBe(false);
  });

  it('leaves the weak "base" out where it is a group, a level or a verb', () => {
    const weak = (text: string) => hitsIn(text, shipped).weak.includes('military-bases');
    expect(weak('Its voter base and its tax base both shrank.')).toBe(false);
    expect(weak('The base rate stays at four percent, based on the forecast.')).toBe(false);
    expect(weak('They closed the base last year.')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { reportedTexts } from './helpers';

const INTRO = 'Chief executive Maria Olsen presented the results of Nordvik Steel on Tuesday.';
const article = (...paragraphs: string[]): string => [INTRO, ...paragraphs].join('\n');

describe('what is no reported speech', () => {
  it.each([
    [
      'a noun object after a verb that also takes clauses',
      'Olsen acknowledged the challenges associated with the merger.',
    ],
    ['a possessive before a reporting noun', 'Nordvik’s report may signal demand is weakening in Europe.'],
    ['a modal before the verb', 'Olsen will say the plant must close.'],
    ['a business verb that is no tag', 'Nordvik, based in Oslo, posted its best quarter in a decade.'],
    ['an inverted verb followed by more than its subject', 'Sales rose, said to be the best in years.'],
    ['a reporting noun before "of"', 'Wall Street forecasts of a loss proved wrong.'],
  ])('%s', (_, sentence) => {
    expect(reportedTexts(article(sentence))).toEqual([]);
  });
});

describe('a tag set inside its clause', () => {
  it('keeps the clause whole when a preposition carries it on after the tag', () => {
    expect(reportedTexts(article('That was made worse, Olsen said, by the strike in May.'))).toEqual([
      'That was made worse, Olsen said, by the strike in May',
    ]);
  });

  it('ends the clause at the tag when the writer adds an aside', () => {
    expect(reportedTexts(article('Output will double by 2030, Olsen said, adding few details.'))).toEqual([
      'Output will double by 2030',
    ]);
  });
});

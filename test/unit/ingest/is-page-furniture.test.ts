import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../../src/ingest/html';

// SAMPLE DATA: invented lines of the kinds news pages carry around their articles.
const FURNITURE = [
  'Photo: Karel Vond/Northwire',
  'File photo by Anna Lind',
  'Image credit: Sample Agency',
  'Nils Berg/Eastern Courier',
  'Demonstrators in the square (Reuters)',
  '© 2026 Northwire',
  'By Marta Ilyina',
  'By Olga Petrova and Ivan Sokol',
  'By Anna Grey, Riverside Daily',
  'Reporting by Pavel Grin; Editing by Ola Dunn',
  'Updated 12 February 2026, 08:15 GMT',
  'Read more: Mogilev teachers win a national award',
  'Related stories',
  'You may also like',
  'Most read',
  'Sign up for the Eastern Courier evening newsletter',
  'Subscribe to Riverside Daily for 1 euro a month',
  'Share this article',
  'Share on Facebook',
  'Advertisement',
];

const ARTICLE_TEXT = [
  '“We will not sign anything under pressure,” the minister told Reuters.',
  'By March, the plant in Gomel will treat every litre the city drinks.',
  'By then the talks will have moved to Minsk, officials said.',
  'Related talks will be held in Brest next week, the ministry said.',
  'Published figures show that inflation slowed to 5 per cent in May.',
  'The minister said he would subscribe to the plan only if the budget allowed it.',
  'Photographers were not allowed into the hall, where the two leaders met for three hours.',
  'Share prices in Minsk rose by a tenth after the announcement.',
];

describe('isPageFurniture', () => {
  it.each(FURNITURE)('drops page furniture: %s', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each(ARTICLE_TEXT)('keeps article text that merely looks like it: %s', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });
});

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, parseArticleFile, type ExtractionResult } from '../../../src/extraction';
import { DEFAULT_TAXONOMY } from '../../../src/topic/default-taxonomy';

// Fictional articles, one pattern each; `UPDATE_SNAPSHOTS=1 npm run test:unit` rewrites the
// expected files, and the diff is the review.
const FIXTURES = join(__dirname, '../../fixtures/articles');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** What a golden file pins: everything but the body (pinned through offsets) and gazetteer details. */
function goldenView(result: ExtractionResult): unknown {
  return {
    title: result.title,
    quotes: result.quotes,
    speakers: result.speakers,
    topicSlugs: result.topicSlugs,
    namedLocationKeys: result.namedLocationKeys ?? [],
  };
}

describe('golden articles', () => {
  const slugs = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();

  it('has a fixture for each pattern', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
  });

  it.each(slugs)('%s', (slug) => {
    const article = parseArticleFile(readFileSync(join(FIXTURES, `${slug}.txt`), 'utf8'));
    const result = extract(article, { taxonomy: DEFAULT_TAXONOMY });
    for (const quote of result.quotes)
      expect(result.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
    const expectedFile = join(FIXTURES, `${slug}.expected.json`);
    const actual = goldenView(result);
    if (UPDATE || !existsSync(expectedFile)) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      if (!UPDATE)
        throw new Error(`${slug}.expected.json was missing and has been written: review it and run again`);
      return;
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/extraction';
import { normaliseArticle } from '../../../src/extraction/text/normalise-article';

describe('normaliseArticle', () => {
  it('drops page furniture and empty lines, keeping one paragraph a line', () => {
    const body = [
      'First paragraph.',
      '• Share this story on Mastodon',
      '',
      'Share on Twitter',
      'Read also: Another story',
      'Subscribe to our newsletter',
      'Second paragraph.',
    ].join('\n');
    expect(normaliseArticle({ title: 'T', body }).body).toBe('First paragraph.\nSecond paragraph.');
  });

  it('keeps a real paragraph that starts like furniture', () => {
    const line =
      'Subscribers to the service said prices had risen twice this year, and the regulator agreed to look into it.';
    expect(normaliseArticle({ title: 'T', body: line }).paragraphs).toEqual([line]);
  });

  it('turns non-breaking and odd spaces into plain ones and removes zero-width characters', () => {
    const result = normaliseArticle({
      title: 'A\u00a0title',
      body: 'Ten\u00a0percent\u200b  more\u202fnow.',
    });
    expect(result.title).toBe('A title');
    expect(result.body).toBe('Ten percent more now.');
  });
});

describe('parseArticleFile', () => {
  it('reads a dateline line when there is one', () => {
    expect(parseArticleFile('Headline\n13:20, 26 April\nBody text.')).toEqual({
      title: 'Headline',
      dateline: '13:20, 26 April',
      body: 'Body text.',
    });
  });

  it('treats a sentence on line 2 as the first paragraph', () => {
    expect(parseArticleFile('Headline\nThe minister spoke on 26 April.\nMore.').dateline).toBeNull();
  });
});

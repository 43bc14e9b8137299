import { describe, expect, it } from 'vitest';
import { scanQuoteSpans } from '../../../src/extraction/quotes/scan-quote-spans';
import { normaliseArticle } from '../../../src/extraction/text/normalise-article';

function quoted(...paragraphs: string[]): string[] {
  const article = normaliseArticle({ title: 'Headline', body: paragraphs.join('\n') });
  return scanQuoteSpans(article).map((span) => article.body.slice(span.start, span.end));
}

describe('scanQuoteSpans', () => {
  it('pairs curly, straight and angle marks', () => {
    expect(quoted('“One,” she said. "Two," he said. «Three», they said.')).toEqual(['One,', 'Two,', 'Three']);
  });

  it('keeps a quotation inside a quotation in the outer one', () => {
    expect(quoted('“He told me “no” twice and ‘never’ once,” she said.')).toEqual([
      'He told me “no” twice and ‘never’ once,',
    ]);
  });

  it('joins a quotation running over paragraphs that reopen with a mark', () => {
    expect(quoted('“First part.', '“Second part.', '“Last part.”', 'Narrative.')).toEqual([
      'First part.\n“Second part.\n“Last part.',
    ]);
  });

  it('closes a quotation without its closing mark at the end of its paragraph', () => {
    expect(quoted('“It never ends', 'The next paragraph is narrative.', '“Short,” he said.')).toEqual([
      'It never ends',
      'Short,',
    ]);
  });

  it('stops an unclosed quotation before a closing attribution', () => {
    expect(quoted('“We lost the harvest, the farmer said.')).toEqual(['We lost the harvest']);
  });

  it('reads apostrophes as apostrophes', () => {
    expect(quoted('The minister’s plan, as the city’s mayor put it, is “too late”.')).toEqual(['too late']);
  });
});

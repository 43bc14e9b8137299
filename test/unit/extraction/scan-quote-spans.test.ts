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

  it('gives a quotation running over paragraphs that reopen with a mark one span a paragraph', () => {
    const article = normaliseArticle({
      title: 'H',
      body: '“First part.\n“Second part.\n“Last part.”\nNarrative.',
    });
    const spans = scanQuoteSpans(article);
    expect(spans.map((span) => article.body.slice(span.start, span.end))).toEqual([
      'First part.',
      'Second part.',
      'Last part.',
    ]);
    expect(spans.map((span) => [span.continuation, span.continues])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });

  it('lets a lost straight closing mark cost one quotation, not the rest of the paragraph', () => {
    expect(quoted('"We will rebuild the bridge. Then the mayor added, "It opens in May," and left.')).toEqual(
      ['We will rebuild the bridge.', 'It opens in May,'],
    );
  });

  it('closes a quotation at its paragraph end when the next paragraph opens a new one', () => {
    expect(quoted('He said: "The port stays open', '"Nobody will lose a job," she said.')).toEqual([
      'The port stays open',
      'Nobody will lose a job,',
    ]);
  });

  it('reads British single quotes and tells them from apostrophes and elisions', () => {
    expect(
      quoted(
        "'We don't expect Russia's reply before the '90s records are out,' he said.",
        "The ministers' meeting ended late, and she called it 'rock 'n' roll politics'.",
      ),
    ).toEqual(["We don't expect Russia's reply before the '90s records are out,", "rock 'n' roll politics"]);
  });

  it('leaves single quotes inside double-quoted articles to the quotation around them', () => {
    expect(
      quoted('“They called it ‘a plan’ and we agreed,” he said.', 'The party’s ‘new deal’ failed.'),
    ).toEqual(['They called it ‘a plan’ and we agreed,']);
  });

  it('pairs guillemets and low-9 marks, in either direction', () => {
    expect(quoted('«Wir bleiben», sagte er. „Das ist klar“, fügte sie hinzu. »Nein«, rief er.')).toEqual([
      'Wir bleiben',
      'Das ist klar',
      'Nein',
    ]);
  });

  it('accepts a closing mark used as an opener and a double prime used as a closer', () => {
    expect(quoted('He said: ”We were expecting more,″ he added.')).toEqual(['We were expecting more,']);
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

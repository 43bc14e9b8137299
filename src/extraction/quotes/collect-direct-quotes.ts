import type { QuoteAttribution } from '../attribution/attribute-quote';
import type { DraftQuote } from './draft-quote';
import { isSpeech } from './is-speech';
import type { QuoteSpan } from './quote-span';
import { trimQuote } from './trim-quote';

const LEAD_WINDOW = 40;

/**
 * Given the quotations and their attributions (null where no cue names anyone), returns the direct
 * quotes: terms and scare quotes dropped, and an unattributed quotation given the speaker of the
 * quotation right before it in the same or the previous paragraph (a split quote's second half, a
 * quotation standing alone after an attributed one).
 */
export function collectDirectQuotes(
  body: string,
  spans: readonly QuoteSpan[],
  attributions: ReadonlyMap<QuoteSpan, QuoteAttribution | null>,
): DraftQuote[] {
  const quotes: DraftQuote[] = [];
  let previous: { quote: DraftQuote; lastParagraph: number } | null = null;
  for (const span of spans) {
    const { start, end } = trimQuote(body, span);
    const attribution = attributions.get(span) ?? null;
    const before = body.slice(Math.max(0, span.openAt - LEAD_WINDOW), span.openAt);
    if (end <= start || !isSpeech(body.slice(start, end), before, attribution)) continue;
    const quote: DraftQuote = {
      kind: 'direct',
      start,
      end,
      paragraph: span.paragraph,
      cue: attribution?.cue ?? null,
      entity: attribution?.subject.entity ?? null,
    };
    if (quote.entity === null && previous !== null && span.paragraph - previous.lastParagraph <= 1) {
      quote.entity = previous.quote.entity;
      quote.cue = previous.quote.cue;
    }
    quotes.push(quote);
    previous = { quote, lastParagraph: span.lastParagraph };
  }
  return quotes;
}

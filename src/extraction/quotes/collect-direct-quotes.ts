import type { QuoteAttribution } from '../attribution/attribute-quote';
import type { DraftQuote } from './draft-quote';
import { isSpeech } from './is-speech';
import type { QuoteSpan } from './quote-span';
import { trimQuote } from './trim-quote';

const LEAD_WINDOW = 240;

/** Splits the quotations into runs: a quotation and the paragraphs that continue it. */
function runsOf(spans: readonly QuoteSpan[]): QuoteSpan[][] {
  const runs: QuoteSpan[][] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (span.continuation && last !== undefined) last.push(span);
    else runs.push([span]);
  }
  return runs;
}

/**
 * Given the quotations and their attributions (null where no cue names anyone), returns the direct
 * quotes: terms and scare quotes dropped; the paragraphs of a quotation running over several share
 * its speaker (found at its start or its end); and a quotation no cue names is given the speaker of
 * the quotation right before it in the same or the previous paragraph (a split quote's second half,
 * a quotation standing alone after an attributed one), with its cue only in the same paragraph.
 */
export function collectDirectQuotes(
  body: string,
  spans: readonly QuoteSpan[],
  attributions: ReadonlyMap<QuoteSpan, QuoteAttribution | null>,
): DraftQuote[] {
  const quotes: DraftQuote[] = [];
  let previous: DraftQuote | null = null;
  for (const run of runsOf(spans)) {
    const first = run[0];
    const last = run[run.length - 1];
    const shared =
      (first === undefined ? null : attributions.get(first)) ??
      (last === undefined ? null : attributions.get(last)) ??
      null;
    for (const span of run) {
      const { start, end } = trimQuote(body, span);
      const own = attributions.get(span) ?? null;
      const attribution = own ?? (run.length > 1 ? shared : null);
      const before = body.slice(
        Math.max(body.lastIndexOf('\n', span.openAt - 1) + 1, span.openAt - LEAD_WINDOW),
        span.openAt,
      );
      if (end <= start || !isSpeech(body.slice(start, end), before, attribution)) continue;
      const quote: DraftQuote = {
        kind: 'direct',
        start,
        end,
        paragraph: span.paragraph,
        cue: own?.cue ?? null,
        entity: attribution?.subject.entity ?? null,
      };
      if (quote.entity === null && previous !== null && span.paragraph - previous.paragraph <= 1) {
        quote.entity = previous.entity;
        // A split quote keeps its cue ("“A,” he said. “B”"); a paragraph carrying on has none of its own.
        if (span.paragraph === previous.paragraph) quote.cue = previous.cue;
      }
      quotes.push(quote);
      previous = quote;
    }
  }
  return quotes;
}

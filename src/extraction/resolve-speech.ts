import { attributeQuote, type QuoteAttribution } from './attribution/attribute-quote';
import type { ResolutionContext } from './attribution/resolution-context';
import { collectDirectQuotes } from './quotes/collect-direct-quotes';
import type { DraftQuote } from './quotes/draft-quote';
import type { QuoteSpan } from './quotes/quote-span';
import { findReportedSpeech } from './reported';

/** The speech of an article with, per speaker, the words that named them at attribution sites. */
export interface ResolvedSpeech {
  quotes: DraftQuote[];
  siteSurfaces: Map<number, string[]>;
}

/**
 * Given the resolution context, the body and the quotation spans, returns every direct and
 * reported quote with its speaker. Sites are resolved in reading order, each one's speaker joining
 * the trail that later pronouns and descriptions read.
 */
export function resolveSpeech(
  context: ResolutionContext,
  body: string,
  spans: readonly QuoteSpan[],
): ResolvedSpeech {
  const siteSurfaces = new Map<number, string[]>();
  const remember = (entity: number, surface: string, offset: number): void => {
    context.trail.push({ offset, entity });
    const list = siteSurfaces.get(entity) ?? [];
    list.push(surface);
    siteSurfaces.set(entity, list);
  };
  const reported: DraftQuote[] = [];
  const attributions = new Map<QuoteSpan, QuoteAttribution | null>();
  const events: { anchor: number; run: () => void }[] = [];
  for (const view of context.views) {
    for (const pending of findReportedSpeech(context, view)) {
      events.push({
        anchor: pending.anchor,
        run: () => {
          const site = pending.resolve();
          if (site === null) return;
          if (site.subject !== null) remember(site.subject.entity, site.subject.surface, site.subject.offset);
          reported.push({
            kind: 'indirect',
            start: site.start,
            end: site.end,
            paragraph: site.paragraph,
            cue: site.cue,
            entity: site.subject?.entity ?? null,
          });
        },
      });
    }
  }
  for (const span of spans) {
    events.push({
      anchor: span.openAt,
      run: () => {
        const attribution = attributeQuote(context, body, span);
        attributions.set(span, attribution);
        if (attribution !== null)
          remember(attribution.subject.entity, attribution.subject.surface, attribution.subject.offset);
      },
    });
  }
  events.sort((a, b) => a.anchor - b.anchor);
  for (const event of events) event.run();
  const direct = collectDirectQuotes(body, spans, attributions);
  const quotes = [...direct, ...reported].sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, siteSurfaces };
}

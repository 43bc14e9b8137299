import type { QuoteSpan } from './quote-span';

/** Stands in for quoted words so narrative analysis never reads inside a quotation. */
export const MASK_CHAR = '\u2591';

/**
 * Given a paragraph (with its body offset) and the article's quotations, returns the paragraph with
 * every quoted character replaced by a mask character of the same length, so offsets still line up.
 */
export function maskQuotes(paragraph: string, base: number, spans: readonly QuoteSpan[]): string {
  let masked = paragraph;
  for (const span of spans) {
    const from = Math.max(span.start - base, 0);
    const to = Math.min(span.end - base, paragraph.length);
    if (from >= to) continue;
    masked = masked.slice(0, from) + MASK_CHAR.repeat(to - from) + masked.slice(to);
  }
  return masked;
}

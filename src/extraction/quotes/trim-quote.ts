import type { Span } from '../text/sentences';

const TRAILING = /[\s,;:\u2013\u2014-]+$/;
const LEADING = /^\s+/;

/**
 * Given the body and the inside of a quotation, returns the range of its text as the gold labels
 * it: spaces trimmed, and the comma (or colon, dash) that only joins the quotation to "he said"
 * dropped, while a closing full stop, question or exclamation mark stays.
 */
export function trimQuote(body: string, inside: Span): Span {
  const raw = body.slice(inside.start, inside.end);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING.exec(raw)?.[0].length ?? 0;
  const end = Math.max(inside.start + lead, inside.end - trail);
  return { start: inside.start + lead, end };
}

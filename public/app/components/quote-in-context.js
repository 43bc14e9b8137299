import { html } from '../html.js';
import { splitHits } from '../util/highlight.js';

function Hits({ text, stems }) {
  return splitHits(text, stems).map((piece) => (piece.hit ? html`<mark>${piece.text}</mark>` : piece.text));
}

/**
 * The paragraph (or paragraphs, for a quote that runs on) a quote sits in, the quote itself set off
 * and the searched words marked inside it.
 */
export function QuoteInContext({ body, start, end, stems = [] }) {
  const paragraphStart = body.lastIndexOf('\n', start - 1) + 1;
  const newline = body.indexOf('\n', end);
  const paragraphEnd = newline === -1 ? body.length : newline;
  return html`<p class="context">
    ${body.slice(paragraphStart, start)}<span class="quote-span"
      ><${Hits} text=${body.slice(start, end)} stems=${stems} /></span
    >${body.slice(end, paragraphEnd)}
  </p>`;
}

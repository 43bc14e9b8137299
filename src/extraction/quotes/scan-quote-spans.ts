import { OPENING_DOUBLE, STRAIGHT_DOUBLE } from '../text/characters';
import type { NormalisedArticle } from '../text/normalise-article';
import { attributionTailStart } from './attribution-tail';
import type { QuoteSpan } from './quote-span';

type Mark = 'open' | 'close' | 'none';

const DOUBLE_MARK_CODES = new Set([0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb]);

/** Characters after which a mark opens: the paragraph start, a space, a bracket or a dash. */
const OPENERS_BEFORE = new Set(['', ' ', '\n', '(', '[', '{', '\u2014', '\u2013', '-', '/']);
/** Characters before which a mark closes: the paragraph end, a space or punctuation. */
const CLOSERS_AFTER = new Set(['', ' ', '\n', '.', ',', ';', ':', '!', '?', ')', ']', '\u2014', '\u2013']);

/**
 * Reads which way a double mark points from its neighbours, because straight marks, and curly
 * marks on careless pages, look the same at both ends of a quotation.
 */
function markDirection(text: string, i: number, depth: number): Mark {
  const mark = text.charAt(i);
  const spaceBefore = OPENERS_BEFORE.has(i === 0 ? '' : text.charAt(i - 1));
  const after = text.charAt(i + 1);
  const looksOpening = spaceBefore && after !== '' && after !== ' ';
  const looksClosing = !spaceBefore || CLOSERS_AFTER.has(after);
  if (mark === STRAIGHT_DOUBLE) {
    if (depth > 0 && !looksOpening) return 'close';
    if (looksOpening) return 'open';
    return depth > 0 ? 'close' : 'none';
  }
  if (OPENING_DOUBLE.has(mark))
    return depth > 0 && !spaceBefore && CLOSERS_AFTER.has(after) ? 'close' : 'open';
  if (depth > 0) return 'close';
  return looksOpening && !looksClosing ? 'open' : 'none';
}

function opensWithMark(paragraph: string): boolean {
  const first = paragraph.charAt(0);
  return OPENING_DOUBLE.has(first) || first === STRAIGHT_DOUBLE;
}

interface OpenQuote {
  start: number;
  openAt: number;
  paragraph: number;
}

/**
 * Closes a quotation that lost its closing mark at the end of its last paragraph; when the
 * paragraph ends with an attribution ("…too late, Kowal said."), the quotation ends before it,
 * so the speaker can still be read.
 */
function closeAtParagraphEnd(article: NormalisedArticle, open: OpenQuote, paragraph: number): QuoteSpan {
  const base = article.paragraphStarts[paragraph] ?? 0;
  const text = article.paragraphs[paragraph] ?? '';
  const from = Math.max(open.start - base, 0);
  const tail = attributionTailStart(text, from);
  const end = base + (tail ?? text.length);
  return { ...open, end, closeAfter: end, lastParagraph: paragraph, unclosed: tail === null };
}

/**
 * Given a normalised article, returns its outermost quotations in reading order. Marks nest (an
 * inner quotation stays inside the outer one); a quotation whose paragraph ends unclosed continues
 * when the next paragraph opens with a mark (the print convention for long quotations), and
 * otherwise ends with its paragraph, so a lost closing mark never swallows the article.
 */
export function scanQuoteSpans(article: NormalisedArticle): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let depth = 0;
  let open: OpenQuote | null = null;
  for (let index = 0; index < article.paragraphs.length; index += 1) {
    const text = article.paragraphs[index] ?? '';
    const base = article.paragraphStarts[index] ?? 0;
    let from = 0;
    if (open !== null && opensWithMark(text)) {
      from = 1;
      depth = 1;
    } else if (open !== null) {
      spans.push(closeAtParagraphEnd(article, open, index - 1));
      open = null;
      depth = 0;
    }
    for (let i = from; i < text.length; i += 1) {
      if (!DOUBLE_MARK_CODES.has(text.charCodeAt(i))) continue;
      const direction = markDirection(text, i, depth);
      if (direction === 'open') {
        if (depth === 0) open = { start: base + i + 1, openAt: base + i, paragraph: index };
        depth += 1;
      } else if (direction === 'close' && open !== null) {
        depth -= 1;
        if (depth === 0) {
          spans.push({
            ...open,
            end: base + i,
            closeAfter: base + i + 1,
            lastParagraph: index,
            unclosed: false,
          });
          open = null;
        }
      }
    }
  }
  if (open !== null) spans.push(closeAtParagraphEnd(article, open, article.paragraphs.length - 1));
  return spans;
}

import type { QuoteSpan } from '../quotes/quote-span';
import { maskQuotes } from '../quotes/mask-quotes';
import type { NormalisedArticle } from './normalise-article';
import { sentenceEnds } from './sentences';
import { tokenize, type Token } from './tokenize';

/** One paragraph prepared for narrative analysis; offsets are local to the paragraph. */
export interface ParagraphView {
  index: number;
  /** Offset of the paragraph in the body. */
  base: number;
  text: string;
  /** The text with quoted words masked out (same length). */
  masked: string;
  /** Words of the masked text: narrative words only. */
  tokens: Token[];
  /** Sentence ends (exclusive), the last one the paragraph's end. */
  ends: number[];
}

/** Given the article and its quotations, returns a view of every paragraph. */
export function viewParagraphs(article: NormalisedArticle, spans: readonly QuoteSpan[]): ParagraphView[] {
  return article.paragraphs.map((text, index) => {
    const base = article.paragraphStarts[index] ?? 0;
    const masked = maskQuotes(text, base, spans);
    const local = spans
      .filter((span) => span.start - base < text.length && span.end - base > 0)
      .map((span) => ({
        start: Math.max(span.start - base, 0),
        end: Math.min(span.end - base, text.length),
      }));
    return { index, base, text, masked, tokens: tokenize(masked), ends: sentenceEnds(text, local) };
  });
}

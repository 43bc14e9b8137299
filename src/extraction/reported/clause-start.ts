import { MASK_CHAR } from '../quotes/mask-quotes';
import type { ParagraphView } from '../text/paragraph-view';

/** A bullet or dash that opens a paragraph of a summary ("- The minister says …"). */
const BULLET = /^[-\u2013\u2014•*]\s+/u;
/**
 * A dateline run into the first sentence ("BEIJING - ", "VIENNA, Austria (AP) – ", "April 11
 * (Interfax) - "): capitalised words, numbers and a parenthesised agency before a dash, with a word
 * in capitals or an agency in brackets to tell it from a name before a dashed aside.
 */
const DATELINE =
  /^(?:(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’]*|\([^)]{1,40}\))[,.]?\s+){1,8}(?:--|[-\u2013\u2014])\s+/u;
const DATELINE_MARK = /\b\p{Lu}{3,}\b|\(/u;
/** Enough of a sentence's start to hold its bullet and dateline. */
const MAX_OPENING_CHARS = 160;

/**
 * Given a paragraph and where a sentence starts (local offset), returns where the sentence's own
 * words start: after leading space, a bullet, and on a paragraph's first sentence a dateline.
 */
export function sentenceWordsStart(view: ParagraphView, sentenceStart: number): number {
  const text = view.masked.slice(sentenceStart, sentenceStart + MAX_OPENING_CHARS);
  let skipped = text.length - text.trimStart().length;
  const bullet = BULLET.exec(text.slice(skipped));
  if (bullet !== null) skipped += bullet[0].length;
  const dateline = sentenceStart === 0 ? DATELINE.exec(text.slice(skipped)) : null;
  if (dateline !== null && DATELINE_MARK.test(dateline[0]) && !dateline[0].includes(MASK_CHAR))
    skipped += dateline[0].length;
  return sentenceStart + skipped;
}

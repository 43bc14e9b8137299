import type { QuoteAttribution } from '../attribution/attribute-quote';

const MAX_TERM_WORDS = 3;
/** Words that introduce a name or term, not speech: "the so-called “…”", "dubbed “…”". */
const NAMING_CUE =
  /(?:so-called|dubbed|called|termed|known as|nicknamed|labell?ed|branded|titled|entitled|named|the (?:words?|phrase|term|slogan|motto|hashtag)|as)\s*$/i;

/**
 * Given a quotation's text, the words just before it and how it was attributed, returns true when
 * it is speech. A quotation right after a naming cue ("the so-called “…”", "dubbed “…”") is a term
 * unless a cue after it attributes it; one of one to three words (a nickname, a term of art, a
 * scare quote) counts only when a cue binds it where it stands ("“Never,” she said", "He said:
 * “No.”").
 */
export function isSpeech(text: string, before: string, attribution: QuoteAttribution | null): boolean {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words === 0) return false;
  if (NAMING_CUE.test(before) && attribution?.via !== 'after') return false;
  if (words > MAX_TERM_WORDS) return true;
  return attribution !== null && attribution.adjacent;
}

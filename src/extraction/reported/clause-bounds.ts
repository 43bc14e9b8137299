import type { ParagraphView } from '../text/paragraph-view';
import { sentenceEndAt } from '../text/sentences';

/**
 * Trailing material that comments on the report rather than belongs to it: a source tag (", BelTA
 * has learned", ", informs", ", TASS reports"), a sentence-level appositive (", the first time he
 * has admitted …", ", a move that …") or a dashed aside ("- which happened …").
 */
const TAILS = [
  /,\s+(?:[\p{Lu}][\p{L}.\-/]*\s+){0,3}(?:has|have)\s+learned$/u,
  /,\s+(?:[\p{L}][\p{L}.\-/]*\s+){0,3}(?:informs?|reports?|reported|writes|wrote|said|says|added|adds|noted|notes|told\s+\S+|stated)$/u,
  /,\s+(?:he|she|they|it)\s+\p{Ll}+$/u,
  /,\s+(?:the|a|his|her|its|their)\s+(?:first|second|third|latest|last|only|fourth|fifth)\s+(?:time|such|public)\b.*$/u,
  /,\s+(?:a|an|in\s+a|in\s+an)\s+(?:move|step|sign|claim|charge|assertion|statement|reference|nod|apparent\s+reference|remark|comment|signal|warning|development)\b.*$/u,
  /,\s+(?:according\s+to|citing|referring\s+to|in\s+(?:an?\s+)?(?:interview|statement|speech|address|comments|remarks|post)\b).*$/u,
  /\s+[-\u2013\u2014]\s+(?:which|something|a\s+claim|a\s+move|an\s+assertion|despite|although|though|even\s+though|as)\b.*$/u,
];
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/u;

/**
 * Given a paragraph and where a reported clause starts (local offset), returns the clause's local
 * end: the end of its sentence, or a colon or semicolon that hands over to something else, with
 * source tags and sentence-level asides cut off and closing punctuation dropped.
 */
export function reportedClauseEnd(view: ParagraphView, start: number): number {
  let end = sentenceEndAt(view.ends, start);
  const handOver = /[;:](?=\s|$)/.exec(view.masked.slice(start, end));
  if (handOver !== null) end = start + handOver.index;
  let text = view.text.slice(start, end);
  for (let changed = true; changed;) {
    changed = false;
    const trimmed = text.replace(TRAILING_PUNCTUATION, '');
    for (const tail of TAILS) {
      const cut = trimmed.replace(tail, '');
      if (cut !== trimmed && cut.length > 0) {
        text = cut;
        changed = true;
        break;
      }
    }
    if (!changed) text = trimmed;
  }
  return start + text.length;
}

import { verbAt, type VerbHit } from '../attribution/verb-at';
import { mayStartReportingVerb } from '../lexicon/reporting-verbs';
import type { ParagraphView } from '../text/paragraph-view';

/** Each paragraph's reporting verbs, read once: every finder and clause bound asks about the same words. */
const HITS = new WeakMap<ParagraphView, (VerbHit | null)[]>();

/** Given a paragraph and a word index, returns the reporting verb starting there (as `verbAt`), read once per paragraph. */
export function reportingVerbAt(view: ParagraphView, index: number): VerbHit | null {
  let hits = HITS.get(view);
  if (hits === undefined) {
    hits = view.tokens.map((token, at) => (mayStartReportingVerb(token.lower) ? verbAt(view, at) : null));
    HITS.set(view, hits);
  }
  return hits[index] ?? null;
}

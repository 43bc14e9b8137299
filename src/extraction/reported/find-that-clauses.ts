import { clauseSubject, subjectBefore } from '../attribution/find-subject';
import type { ResolutionContext } from '../attribution/resolution-context';
import { verbAt, type VerbHit } from '../attribution/verb-at';
import { ADVERBIAL_OPENERS, PASSIVE_AUXILIARIES, VERB_PRELUDE } from '../lexicon/function-words';
import { MASK_CHAR } from '../quotes/mask-quotes';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceStartAt } from '../text/sentences';
import { reportedClauseEnd } from './clause-bounds';
import type { PendingSite, ReportedSite } from './reported-site';

const MAX_GAP = 7;
const MAX_OBJECT_WORDS = 4;
const OPENS_QUOTE = /^["“„«\u2591]/u;

function nearestVerb(view: ParagraphView, thatIndex: number, sentenceStart: number): VerbHit | null {
  for (let index = thatIndex - 1; index >= Math.max(0, thatIndex - MAX_GAP); index -= 1) {
    const token = view.tokens[index];
    if (token === undefined || token.start < sentenceStart) return null;
    const hit = verbAt(view, index);
    if (hit !== null && index + hit.length <= thatIndex) return hit;
  }
  return null;
}

/** "said on Thursday that", "told reporters that", "noted, however, that" — but not "a plan that". */
function gapAllowed(view: ParagraphView, hit: VerbHit, thatIndex: number): boolean {
  const gap = view.tokens.slice(hit.index + hit.length, thatIndex);
  const first = gap[0];
  if (first === undefined) return true;
  const from = view.tokens[hit.index + hit.length - 1]?.end ?? 0;
  if (view.masked.slice(from, view.tokens[thatIndex]?.start ?? from).includes(MASK_CHAR)) return false;
  if (ADVERBIAL_OPENERS.has(first.lower) || VERB_PRELUDE.has(first.lower)) return true;
  return hit.verb.takesObject && gap.length <= MAX_OBJECT_WORDS;
}

/**
 * Given a paragraph, returns its reported speech of the form reporting verb + that-clause ("X
 * pointed out that …", "the head of state noted that …", "…, adding that …") whose subject names or
 * refers to someone; the clause runs to the end of its sentence (or a colon) without source tags.
 * Clauses that open a quotation are left to the direct-quote pass.
 */
export function findThatClauses(context: ResolutionContext, view: ParagraphView): PendingSite[] {
  const sites: PendingSite[] = [];
  view.tokens.forEach((token, thatIndex) => {
    if (token.lower !== 'that' || token.capitalised) return;
    const sentenceStart = sentenceStartAt(view.ends, token.start);
    const hit = nearestVerb(view, thatIndex, sentenceStart);
    if (hit === null || !gapAllowed(view, hit, thatIndex)) return;
    if (hit.verb.form === 'passive-prone' && PASSIVE_AUXILIARIES.has(view.tokens[hit.index - 1]?.lower ?? ''))
      return;
    const start = token.end + 1;
    if (OPENS_QUOTE.test(view.masked.slice(start))) return;
    const end = reportedClauseEnd(view, start);
    if (end <= start) return;
    const resolve = (): ReportedSite | null => {
      const subject =
        hit.verb.form === 'gerund'
          ? clauseSubject(context, view, hit.index, sentenceStart)
          : subjectBefore(context, view, hit.index, sentenceStart);
      return subject === null
        ? null
        : { start: view.base + start, end: view.base + end, paragraph: view.index, cue: hit.text, subject };
    };
    sites.push({ anchor: view.base + token.start, resolve });
  });
  return sites;
}

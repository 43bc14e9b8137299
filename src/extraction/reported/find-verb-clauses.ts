import { clauseSubject, subjectBefore, subjectEndingAt } from '../attribution/find-subject';
import type { ResolutionContext, Subject } from '../attribution/resolution-context';
import { verbAt, type VerbHit } from '../attribution/verb-at';
import { VERB_PRELUDE } from '../lexicon/function-words';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceEndAt, sentenceStartAt } from '../text/sentences';
import { reportedClauseEnd } from './clause-bounds';
import type { PendingSite, ReportedSite } from './reported-site';
import { unnamedSourceStart } from './unnamed-source';
import { complementOf, isActiveVerb } from './verb-complement';

const TIME_NOUNS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|weekend|month|year|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const TIME_LINKS = new Set(['on', 'at', 'in', 'last', 'this', 'earlier', 'late', 'the', 'early']);
const TIME_OPENERS = new Set(['on', 'at', 'in', 'last', 'this', 'earlier', 'late', 'early']);

/** The subject of a finite reporting verb, or null (not undefined) for an unnamed source ("officials said"). */
function subjectOfVerb(
  context: ResolutionContext,
  view: ParagraphView,
  hit: VerbHit,
  sentenceStart: number,
): Subject | null | undefined {
  if (hit.verb.form === 'gerund') return clauseSubject(context, view, hit.index, sentenceStart) ?? undefined;
  const named = subjectBefore(context, view, hit.index, sentenceStart);
  if (named !== null) return named;
  let head = hit.index - 1;
  while (head > 0 && VERB_PRELUDE.has(view.tokens[head]?.lower ?? '')) head -= 1;
  const beforeTime = timeBefore(view, head + 1);
  if (beforeTime !== head + 1) {
    // "The newly elected Parliament on Saturday said …": the subject stands before the time.
    head = beforeTime - 1;
    const timed =
      head >= 0 && (view.tokens[head]?.start ?? -1) >= sentenceStart
        ? subjectEndingAt(context, view, head)
        : null;
    if (timed !== null) return timed;
  }
  return unnamedSourceStart(view, head, sentenceStart) === null ? undefined : null;
}

/** Given the index of a verb, returns the index where a time phrase right before it starts ("on Saturday", "last week"). */
function timeBefore(view: ParagraphView, verbIndex: number): number {
  let start = verbIndex;
  for (let index = verbIndex - 1; index >= Math.max(0, verbIndex - 4); index -= 1) {
    const token = view.tokens[index];
    const next = view.tokens[index + 1];
    if (token === undefined || next === undefined || view.masked.slice(token.end, next.start).trim() !== '')
      break;
    if (TIME_NOUNS.test(token.lower) || /^\p{N}+$/u.test(token.text)) start = index;
    else if (!TIME_LINKS.has(token.lower)) break;
    else if (TIME_OPENERS.has(token.lower)) start = index;
  }
  return start;
}

/**
 * Given a paragraph, returns its reported speech of the form reporting verb + clause, with or
 * without "that" ("X pointed out that …", "Putin said the troops were …", "told reporters he
 * would …", "…, adding that …") whose subject names or refers to someone or is an unnamed source;
 * the clause runs to the end of its sentence without the writer's own tags and asides. Clauses
 * that open a quotation are left to the direct-quote pass.
 */
export function findVerbClauses(context: ResolutionContext, view: ParagraphView): PendingSite[] {
  const sites: PendingSite[] = [];
  view.tokens.forEach((token, index) => {
    const hit = verbAt(view, index);
    if (hit === null || !isActiveVerb(view, hit)) return;
    const sentenceStart = sentenceStartAt(view.ends, token.start);
    const complement = complementOf(view, hit, sentenceStart, sentenceEndAt(view.ends, token.start));
    if (complement === null || complement.opensQuote) return;
    const { start } = complement;
    const end = reportedClauseEnd(view, start);
    if (end <= start) return;
    const resolve = (): ReportedSite | null => {
      const subject = subjectOfVerb(context, view, hit, sentenceStart);
      return subject === undefined
        ? null
        : { start: view.base + start, end: view.base + end, paragraph: view.index, cue: hit.text, subject };
    };
    sites.push({ anchor: view.base + token.start, start: view.base + start, end: view.base + end, resolve });
  });
  return sites;
}

import type { ResolutionContext } from '../attribution/resolution-context';
import { reportingVerbAt } from './verb-hits';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceEndAt, sentenceStartAt } from '../text/sentences';
import { reportedClauseEnd } from './clause-bounds';
import type { PendingSite, ReportedSite } from './reported-site';
import { complementOf, isActiveVerb } from './verb-complement';
import { subjectOfVerb } from './verb-subject';

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
    const hit = reportingVerbAt(view, index);
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

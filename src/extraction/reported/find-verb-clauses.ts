import type { ResolutionContext } from '../attribution/resolution-context';
import { reportingVerbAt } from './verb-hits';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceEndAt, sentenceStartAt } from '../text/sentences';
import { reportedClauseEnd } from './clause-bounds';
import type { PendingSite, ReportedSite } from './reported-site';
import { complementOf, isActiveVerb } from './verb-complement';
import { opensFiniteClause } from './finite-clause';
import { subjectOfVerb, type ReportSource } from './verb-subject';

const COORDINATORS = new Set(['and', 'but']);
const TRAILING_PUNCTUATION = /[\s,;]+$/u;

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
    const end = reportedClauseEnd(view, complement.start);
    if (end <= complement.start) return;
    let subject: ReportSource | 'unread' = 'unread';
    const clauses = complement.viaThat
      ? coordinatedClauses(view, complement.start, end)
      : [{ start: complement.start, end }];
    for (const clause of clauses) {
      const resolve = (): ReportedSite | null => {
        if (subject === 'unread') subject = subjectOfVerb(context, view, hit, sentenceStart);
        return subject === undefined
          ? null
          : {
              start: view.base + clause.start,
              end: view.base + clause.end,
              paragraph: view.index,
              cue: hit.text,
              subject,
            };
      };
      const anchor = view.base + (clause.start === complement.start ? token.start : clause.start);
      sites.push({ anchor, start: view.base + clause.start, end: view.base + clause.end, resolve });
    }
  });
  return sites;
}

/**
 * "said that A, but that B": each "that" after a conjunction opens a report of its own, so a
 * that-clause splits where a coordinated one begins (a clause without "that" before it does not:
 * "said A but that B" is one report).
 */
function coordinatedClauses(
  view: ParagraphView,
  start: number,
  end: number,
): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let from = start;
  for (let index = 1; index < view.tokens.length; index += 1) {
    const that = view.tokens[index];
    const conjunction = view.tokens[index - 1];
    if (that === undefined || conjunction === undefined || that.end > end) break;
    if (conjunction.start <= from || that.lower !== 'that' || that.capitalised) continue;
    if (!COORDINATORS.has(conjunction.lower) || !opensFiniteClause(view, index + 1, end, 'strong')) continue;
    const cut = from + view.text.slice(from, conjunction.start).replace(TRAILING_PUNCTUATION, '').length;
    clauses.push({ start: from, end: cut });
    from = that.end + 1;
  }
  clauses.push({ start: from, end });
  return clauses.filter((clause) => clause.end > clause.start);
}

import { subjectEndingAt } from '../attribution/find-subject';
import type { ResolutionContext } from '../attribution/resolution-context';
import type { ParagraphView } from '../text/paragraph-view';
import { reportedClauseEnd } from './clause-bounds';
import type { PendingSite, ReportedSite } from './reported-site';

const LEADING_SOURCE = /^(?:(?:But|And|However|Yet),?\s+)?(According to|In the words of)\s+([^,]{2,80}),\s+/;
const IN_WORDS = /^(?:(?:But|And),?\s+)?(In|By) (his|her) (?:own )?words,\s+/;
const OPENS_QUOTE = /^["“„«\u2591]/u;

/**
 * Given a paragraph, returns reported speech introduced by its source at the start of a sentence:
 * "According to X, …" and "In his words, …" (the pronoun resolved like a subject). Sources that
 * name no one ("according to the data") are skipped.
 */
export function findLeadingSources(context: ResolutionContext, view: ParagraphView): PendingSite[] {
  const sites: PendingSite[] = [];
  let sentenceStart = 0;
  for (const sentenceEnd of view.ends) {
    const from =
      sentenceStart +
      (view.masked.slice(sentenceStart).length - view.masked.slice(sentenceStart).trimStart().length);
    sentenceStart = sentenceEnd;
    const sentence = view.masked.slice(from, sentenceEnd);
    const match = LEADING_SOURCE.exec(sentence) ?? IN_WORDS.exec(sentence);
    if (match === null) continue;
    const start = from + match[0].length;
    if (OPENS_QUOTE.test(view.masked.slice(start))) continue;
    const sourceEnd = from + match[0].trimEnd().length - 1;
    const last = IN_WORDS.test(sentence)
      ? view.tokens.findIndex(
          (token) => token.start >= from && (token.lower === 'his' || token.lower === 'her'),
        )
      : view.tokens.findLastIndex((token) => token.end <= sourceEnd);
    const end = reportedClauseEnd(view, start);
    if (end <= start || last < 0) continue;
    const cue =
      match[1] === 'According to'
        ? 'according to'
        : match[1] === 'In the words of'
          ? 'in the words of'
          : `in ${match[2] ?? 'his'} words`;
    const resolve = (): ReportedSite | null => {
      const subject = subjectEndingAt(context, view, last);
      return subject === null
        ? null
        : { start: view.base + start, end: view.base + end, paragraph: view.index, cue, subject };
    };
    sites.push({ anchor: view.base + from, start: view.base + start, end: view.base + end, resolve });
  }
  return sites;
}

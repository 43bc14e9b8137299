import { subjectEndingAt } from '../attribution/find-subject';
import type { ResolutionContext } from '../attribution/resolution-context';
import { reportingVerbAt } from './verb-hits';
import { matchReportingVerb } from '../lexicon/reporting-verbs';
import type { ParagraphView } from '../text/paragraph-view';
import { reportedClauseEnd } from './clause-bounds';
import { sentenceWordsStart } from './clause-start';
import type { PendingSite, ReportedSite } from './reported-site';
import { sourceOfPhrase, subjectOfVerb, type ReportSource } from './verb-subject';

const LEADING_SOURCE = /^(?:(?:But|And|However|Yet),?\s+)?(According to|In the words of)\s+([^,]{2,80}),\s+/;
const IN_WORDS = /^(?:(?:But|And),?\s+)?(In|By) (his|her) (?:own )?words,\s+/;
const OPENS_QUOTE = /^["“„«\u2591]/u;
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/u;
const MAX_MAIN_SUBJECT_WORDS = 7;
const LEAD_WORDS = /^(?:According|In|By|But|And|However|Yet)\b/;
/** Enough of a sentence to hold its leading source ("According to …, "): the patterns allow 80 characters for it. */
const MAX_LEAD_CHARS = 120;

function site(
  view: ParagraphView,
  anchor: number,
  clause: { start: number; end: number },
  cue: string,
  source: () => ReportSource,
): PendingSite {
  const resolve = (): ReportedSite | null => {
    const subject = source();
    return subject === undefined
      ? null
      : { start: view.base + clause.start, end: view.base + clause.end, paragraph: view.index, cue, subject };
  };
  return {
    anchor: view.base + anchor,
    start: view.base + clause.start,
    end: view.base + clause.end,
    resolve,
  };
}

/** "According to X, …" / "In the words of X, …" / "In his words, …". */
function sourceLed(context: ResolutionContext, view: ParagraphView, from: number): PendingSite | null {
  if (!LEAD_WORDS.test(view.masked.slice(from, from + 9))) return null;
  const sentence = view.masked.slice(from, from + MAX_LEAD_CHARS);
  const words = IN_WORDS.exec(sentence);
  const match = words ?? LEADING_SOURCE.exec(sentence);
  if (match === null) return null;
  const start = from + match[0].length;
  if (OPENS_QUOTE.test(view.masked.slice(start))) return null;
  const end = reportedClauseEnd(view, start);
  const sourceEnd = from + match[0].trimEnd().length - 1;
  const first = view.tokens.findIndex((token) => token.start >= from);
  const last = view.tokens.findLastIndex((token) => token.end <= sourceEnd);
  if (end <= start || first < 0 || last < first) return null;
  if (words !== null) {
    const pronoun = view.tokens.findIndex(
      (token) => token.start >= from && token.lower === (words[2] ?? 'his'),
    );
    return site(view, from, { start, end }, `in ${words[2] ?? 'his'} words`, () =>
      pronoun < 0 ? undefined : (subjectEndingAt(context, view, pronoun) ?? undefined),
    );
  }
  const cue = match[1] === 'According to' ? 'according to' : 'in the words of';
  const phraseFirst = view.tokens.findIndex(
    (token) => token.start >= from + match[0].indexOf(match[2] ?? ''),
  );
  return site(view, from, { start, end }, cue, () => sourceOfPhrase(context, view, phraseFirst, last));
}

/**
 * "Emphasizing that A, Gumrukcu said …": a sentence opening on a reporting participle and "that"
 * reports A from the subject of the main clause after it.
 */
function participleLed(
  context: ResolutionContext,
  view: ParagraphView,
  from: number,
  sentenceEnd: number,
): PendingSite | null {
  const opener = view.tokens.findIndex((token) => token.start === from);
  const participle = view.tokens[opener];
  const that = view.tokens[opener + 1];
  if (participle === undefined || that?.lower !== 'that' || !participle.capitalised) return null;
  const verb = matchReportingVerb([participle.lower]);
  if (verb === null || verb.verb.form !== 'gerund') return null;
  const start = that.end + 1;
  for (let index = opener + 2; index < view.tokens.length; index += 1) {
    const token = view.tokens[index];
    const previous = view.tokens[index - 1];
    if (token === undefined || previous === undefined || token.end > sentenceEnd) return null;
    const comma = view.masked.indexOf(',', previous.end);
    if (comma < 0 || comma >= token.start) continue;
    for (
      let ahead = index;
      ahead < Math.min(index + MAX_MAIN_SUBJECT_WORDS, view.tokens.length);
      ahead += 1
    ) {
      const word = view.tokens[ahead];
      const before = view.tokens[ahead - 1];
      if (word === undefined || before === undefined || word.end > sentenceEnd) break;
      if (ahead > index && /[,;:.]/.test(view.masked.slice(before.end, word.start))) break;
      const main = reportingVerbAt(view, ahead);
      if (main === null || main.verb.form === 'gerund' || ahead === index) continue;
      const end = start + view.text.slice(start, comma).replace(TRAILING_PUNCTUATION, '').length;
      return site(view, from, { start, end }, participle.text, () =>
        subjectOfVerb(context, view, main, comma),
      );
    }
  }
  return null;
}

/**
 * Given a paragraph, returns reported speech introduced at the start of a sentence: by its source
 * ("According to X, …", "In his words, …", the pronoun resolved like a subject; a source phrase
 * may name its speaker by a possessive or a document: "according to the ministry's statement") or
 * by a reporting participle ("Stressing that …, the minister said"). Sources that name no one
 * ("according to the data") are skipped.
 */
export function findLeadingSources(context: ResolutionContext, view: ParagraphView): PendingSite[] {
  const sites: PendingSite[] = [];
  let sentenceStart = 0;
  for (const sentenceEnd of view.ends) {
    const from = sentenceWordsStart(view, sentenceStart);
    sentenceStart = sentenceEnd;
    const found = sourceLed(context, view, from) ?? participleLed(context, view, from, sentenceEnd);
    if (found !== null) sites.push(found);
  }
  return sites;
}

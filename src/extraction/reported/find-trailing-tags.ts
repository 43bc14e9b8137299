import { subjectAfter, subjectEndingAt } from '../attribution/find-subject';
import type { ResolutionContext } from '../attribution/resolution-context';
import type { VerbHit } from '../attribution/verb-at';
import { reportingVerbAt } from './verb-hits';
import { ADVERBIAL_OPENERS, PREPOSITIONS, VERB_PRELUDE } from '../lexicon/function-words';
import { closesReport } from '../lexicon/reporting-verbs';
import { MASK_CHAR } from '../quotes/mask-quotes';
import type { ParagraphView } from '../text/paragraph-view';
import { reportedClauseEnd } from './clause-bounds';
import { sentenceWordsStart } from './clause-start';
import { DETERMINERS, FINITE_AUXILIARIES, NON_CLAUSE_OPENERS, PHRASE_JOINERS } from './clause-words';
import { holdsFiniteClause } from './finite-clause';
import type { PendingSite, ReportedSite } from './reported-site';
import { unnamedSourceAfter, unnamedSourceStart } from './unnamed-source';
import { complementOf, isActiveVerb } from './verb-complement';
import { subjectOfVerb, type ReportSource } from './verb-subject';

const MAX_SUBJECT_WORDS = 8;
const MAX_INVERTED_SUBJECT_WORDS = 8;
const MAX_OBJECT_WORDS = 5;
const MIN_CLAUSE_WORDS = 3;
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/u;
const QUOTE_MARK = /["“„«‘'\u2591]/u;
/** Words that open what may follow a closing tag: a setting, a time, an aside ("said Thursday after …"). */
const AFTER_TAG = new Set([
  ...ADVERBIAL_OPENERS,
  ...NON_CLAUSE_OPENERS,
  'amid',
  'following',
  'despite',
  'without',
  'by',
  'from',
  'and',
  'but',
  'adding',
  'noting',
  'saying',
]);

function commaBefore(view: ParagraphView, index: number): number | null {
  const token = view.tokens[index];
  const previous = view.tokens[index - 1];
  if (token === undefined) return null;
  const from = previous?.end ?? 0;
  const comma = view.masked.lastIndexOf(',', token.start);
  // A comma inside a quotation ("…,” the paper reported) is not the narrative's.
  if (comma < from || view.masked.slice(comma, token.start).includes(MASK_CHAR)) return null;
  return comma;
}

/**
 * The first word of the subject of a finite verb ending a sentence ("…, Kremlin spokesman Dmitry
 * Peskov told journalists"): a run of words right before it, past an appositive between commas.
 */
function subjectRunStart(view: ParagraphView, verbIndex: number, limit: number): number | null {
  let index = verbIndex - 1;
  while (index > 0 && VERB_PRELUDE.has(view.tokens[index]?.lower ?? '')) index -= 1;
  if (commaBefore(view, index + 1) !== null) {
    // "…, John Smith, the agency's head, said": step over the appositive to the name.
    const open = view.masked.lastIndexOf(',', (view.tokens[index]?.start ?? 0) - 1);
    if (open <= limit) return null;
    index = view.tokens.findLastIndex((token) => token.end <= open);
  }
  let first = index;
  while (first > 0 && first > index - MAX_SUBJECT_WORDS) {
    const previous = view.tokens[first - 1];
    const token = view.tokens[first];
    if (previous === undefined || token === undefined || previous.start < limit) break;
    if (view.masked.slice(previous.end, token.start).trim() !== '') break;
    first -= 1;
  }
  const head = view.tokens[first];
  if (head === undefined || head.start < limit || NON_CLAUSE_OPENERS.has(head.lower)) return null;
  const words = view.tokens.slice(first, index + 1);
  if (words.some((word) => PHRASE_JOINERS.has(word.lower) && !['of', 'for', 'at', 'in'].includes(word.lower)))
    return null;
  return first;
}

/** "said on Thursday", "told journalists", "added, noting …": nothing after the verb that it reports. */
function closesSentence(view: ParagraphView, hit: VerbHit, end: number): boolean {
  const after = hit.index + hit.length;
  const rest: string[] = [];
  for (let index = after; index < view.tokens.length; index += 1) {
    const token = view.tokens[index];
    const previous = view.tokens[index - 1];
    if (token === undefined || token.end > end) break;
    if (previous !== undefined && /[,;:(]/.test(view.masked.slice(previous.end, token.start))) break;
    rest.push(token.lower);
  }
  const first = rest[0];
  if (first === undefined || AFTER_TAG.has(first) || /^\p{Ll}+ly$/u.test(first)) return true;
  if (
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later|last|this|late)$/.test(
      first,
    )
  )
    return true;
  return (
    hit.verb.takesObject &&
    rest.length <= MAX_OBJECT_WORDS + 4 &&
    !DETERMINERS.has(rest[rest.length - 1] ?? '')
  );
}

/**
 * "A, the minister said at the parade, the agency reports": a tag inside the stretch before an
 * outer one (an outlet relaying the speaker) closes the clause first. Returns its comma, or null.
 */
function innerTag(view: ParagraphView, start: number, end: number): { comma: number; hit: VerbHit } | null {
  for (let index = firstTokenFrom(view, start); index < view.tokens.length; index += 1) {
    const token = view.tokens[index];
    if (token === undefined || token.end > end) break;
    if (token.start <= start) continue;
    const hit = reportingVerbAt(view, index);
    if (hit === null || hit.verb.form === 'gerund' || !isActiveVerb(view, hit)) continue;
    const first = subjectRunStart(view, index, start);
    const comma = first === null ? null : commaBefore(view, first);
    if (comma !== null && comma > start) return { comma, hit };
  }
  return null;
}

/**
 * "That was compounded, he said, by weak sales": after a tag set inside the sentence, words that
 * carry its clause on (a preposition, an auxiliary) rather than add the writer's aside
 * (", contradicting …", ", adding …", ", according to …").
 */
function continuesAfterTag(view: ParagraphView, hit: VerbHit, end: number): boolean {
  const last = view.tokens[hit.index + hit.length - 1];
  const next = view.tokens[hit.index + hit.length];
  if (last === undefined || next === undefined || next.end > end) return false;
  if (!/^\s*,\s*$/u.test(view.masked.slice(last.end, next.start))) return false;
  if (next.lower === 'according' || next.lower === 'including') return false;
  return (
    (PREPOSITIONS.has(next.lower) && next.lower !== 'and' && next.lower !== 'or') ||
    FINITE_AUXILIARIES.has(next.lower)
  );
}

/** "…, said Deputy Minister Ana Ruiz", "…, said a spokesman for the ministry": only who, to the end or a comma. */
function namesOnly(view: ParagraphView, from: number, end: number): boolean {
  for (
    let index = from;
    index < Math.min(view.tokens.length, from + MAX_INVERTED_SUBJECT_WORDS + 1);
    index += 1
  ) {
    const token = view.tokens[index];
    const previous = view.tokens[index - 1];
    if (token === undefined || token.end > end) return index > from;
    if (index > from && previous !== undefined && /[,;:(]/.test(view.masked.slice(previous.end, token.start)))
      return true;
    if (index - from >= MAX_INVERTED_SUBJECT_WORDS) return false;
    if (token.capitalised || DETERMINERS.has(token.lower) || ['of', 'for', 'at', 'in'].includes(token.lower))
      continue;
    if (
      FINITE_AUXILIARIES.has(token.lower) ||
      NON_CLAUSE_OPENERS.has(token.lower) ||
      /(?:ed|ing)$/.test(token.lower)
    )
      return false;
  }
  return true;
}

/** "…, he said: “…”": a verb followed by a colon or a quotation introduces that quotation. */
function leadsQuotation(view: ParagraphView, hit: VerbHit, end: number): boolean {
  const last = view.tokens[hit.index + hit.length - 1];
  if (last === undefined) return false;
  return /^[\s,]*(?::|["“„«‘']?\u2591)/u.test(view.masked.slice(last.end, end));
}

/** Index of the first word at or after a local offset. */
function firstTokenFrom(view: ParagraphView, offset: number): number {
  const index = view.tokens.findIndex((token) => token.start >= offset);
  return index < 0 ? view.tokens.length : index;
}

/**
 * Does the stretch say something in the writer's narrative of a few words at least? Not a
 * quotation (masked, or opening on a mark the quote pass left unpaired), nor a participle phrase
 * ("Referring to the cables, he said …").
 */
function isReportedStretch(view: ParagraphView, start: number, end: number): boolean {
  const first = view.tokens.findIndex((token) => token.start >= start);
  if (first < 0 || QUOTE_MARK.test(view.masked.charAt(start))) return false;
  const opener = view.tokens[first];
  if (
    opener?.capitalised === true &&
    /ing$/.test(opener.lower) &&
    !FINITE_AUXILIARIES.has(view.tokens[first + 1]?.lower ?? '')
  )
    return false;
  const words = view.tokens.filter((token) => token.start >= start && token.end <= end);
  if (words.length < MIN_CLAUSE_WORDS) return false;
  const stretch = view.masked.slice(start, end);
  const masked = stretch.split(MASK_CHAR).length - 1;
  return masked < stretch.length / 2 && holdsFiniteClause(view, first, end);
}

function trimmedEnd(view: ParagraphView, start: number, end: number): number {
  return start + view.text.slice(start, end).replace(TRAILING_PUNCTUATION, '').length;
}

/**
 * A closing tag in one sentence: "CLAUSE, X said." / "CLAUSE, said X." give CLAUSE; "A, X said,
 * B." (a tag inside the clause) gives the whole sentence.
 */
function tagSite(
  context: ResolutionContext,
  view: ParagraphView,
  hit: VerbHit,
  sentence: { from: number; end: number; words: number },
): PendingSite | null {
  const verb = view.tokens[hit.index];
  if (verb === undefined) return null;
  const inverted = commaBefore(view, hit.index);
  let comma: number;
  let subject: () => ReportSource;
  if (!closesReport(hit.verb.lemma)) return null;
  if (inverted !== null) {
    comma = inverted;
    const after = hit.index + hit.length;
    if (!namesOnly(view, after, sentence.end)) return null;
    subject = () =>
      subjectAfter(context, view, after) ??
      (unnamedSourceAfter(view, after, sentence.end) ? null : undefined);
  } else {
    if (!closesSentence(view, hit, sentence.end)) return null;
    const first = subjectRunStart(view, hit.index, sentence.words);
    const found = first === null ? null : commaBefore(view, first);
    if (found === null || first === null) return null;
    comma = found;
    subject = () => subjectOfVerb(context, view, hit, comma);
  }
  if (comma <= sentence.words || leadsQuotation(view, hit, sentence.end)) return null;
  const inner = innerTag(view, sentence.words, comma);
  let end = trimmedEnd(view, sentence.words, inner?.comma ?? comma);
  let cue = hit.text;
  if (inner !== null) {
    // The speaker is the inner tag's; the outer one only relays it ("…, Agency reports").
    cue = inner.hit.text;
    subject = () => subjectOfVerb(context, view, inner.hit, inner.comma);
  }
  const continued = inverted === null && continuesAfterTag(view, hit, sentence.end);
  if (continued || !isReportedStretch(view, sentence.words, end)) {
    // "Any new levy, Okafor said, must first pass the council": the tag sits inside.
    const last = view.tokens[hit.index + hit.length - 1] ?? verb;
    const rest = /^(?:\s+\S+){0,3}?,/u.exec(view.masked.slice(last.end, sentence.end));
    if (inverted !== null || rest === null) return null;
    // What follows must be the predicate the stretch lacks ("…, Scholz said, must be …").
    const next = firstTokenFrom(view, last.end + rest[0].length);
    if (!continued && !FINITE_AUXILIARIES.has(view.tokens[next]?.lower ?? '')) return null;
    const whole = reportedClauseEnd(view, last.end + rest[0].length);
    if (!isReportedStretch(view, sentence.words, whole)) return null;
    end = whole;
  }
  const start = sentence.words;
  const resolve = (): ReportedSite | null => {
    const speaker = subject();
    return speaker === undefined
      ? null
      : {
          start: view.base + start,
          end: view.base + end,
          paragraph: view.index,
          cue,
          subject: speaker,
        };
  };
  return {
    anchor: view.base + comma,
    start: view.base + start,
    end: view.base + end,
    yieldsToInner: true,
    resolve,
  };
}

/** "CLAUSE, according to X." with X named, described or an unnamed source ("the sources"). */
function accordingToSite(
  context: ResolutionContext,
  view: ParagraphView,
  index: number,
  sentence: { from: number; end: number; words: number },
): PendingSite | null {
  const comma = commaBefore(view, index);
  if (comma === null || comma <= sentence.words) return null;
  const sourceWords = [];
  for (let at = index + 2; at < view.tokens.length; at += 1) {
    const token = view.tokens[at];
    const previous = view.tokens[at - 1];
    if (token === undefined || previous === undefined || token.end > sentence.end) break;
    if (at > index + 2 && /[,;:(]/.test(view.masked.slice(previous.end, token.start))) break;
    sourceWords.push(at);
  }
  const last = sourceWords[sourceWords.length - 1];
  if (last === undefined) return null;
  const end = trimmedEnd(view, sentence.words, comma);
  if (!isReportedStretch(view, sentence.words, end)) return null;
  const start = sentence.words;
  const possessor = sourceWords.find((at) => view.tokens[at]?.possessive === true);
  const resolve = (): ReportedSite | null => {
    const speaker =
      subjectEndingAt(context, view, last) ??
      (possessor === undefined ? null : subjectEndingAt(context, view, possessor)) ??
      (unnamedSourceStart(view, last, comma) === null ? undefined : null);
    return speaker === undefined
      ? null
      : {
          start: view.base + start,
          end: view.base + end,
          paragraph: view.index,
          cue: 'according to',
          subject: speaker,
        };
  };
  return {
    anchor: view.base + comma,
    start: view.base + start,
    end: view.base + end,
    yieldsToInner: true,
    resolve,
  };
}

/**
 * Given a paragraph, returns reported speech whose source closes its sentence: "CLAUSE, X said
 * (on Thursday).", "CLAUSE, said X.", "CLAUSE, according to X." and a tag set inside the clause
 * ("A, X said, B."). The clause starts where the sentence's own words do (after a dateline) and
 * must say something in the writer's narrative: a quotation closed by a tag is a direct quote.
 */
export function findTrailingTags(context: ResolutionContext, view: ParagraphView): PendingSite[] {
  const sites: PendingSite[] = [];
  let from = 0;
  let index = 0;
  for (const end of view.ends) {
    const sentence = { from, end, words: sentenceWordsStart(view, from) };
    from = end;
    for (
      let token = view.tokens[index];
      token !== undefined && token.end <= end;
      token = view.tokens[++index]
    ) {
      if (token.start < sentence.words) continue;
      if (token.lower === 'according' && view.tokens[index + 1]?.lower === 'to') {
        const site = accordingToSite(context, view, index, sentence);
        if (site !== null) sites.push(site);
        continue;
      }
      const hit = reportingVerbAt(view, index);
      if (hit === null || hit.verb.form === 'gerund' || !isActiveVerb(view, hit)) continue;
      if (complementOf(view, hit, sentence.from, end) !== null) continue;
      const site = tagSite(context, view, hit, sentence);
      if (site !== null) sites.push(site);
    }
  }
  return sites;
}

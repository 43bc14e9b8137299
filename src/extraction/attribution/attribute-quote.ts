import type { QuoteSpan } from '../quotes/quote-span';
import { MASK_CHAR } from '../quotes/mask-quotes';
import { PASSIVE_AUXILIARIES } from '../lexicon/function-words';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceEndAt, sentenceStartAt } from '../text/sentences';
import { clauseSubject, subjectAfter, subjectBefore, subjectEndingAt } from './find-subject';
import type { ResolutionContext, Subject } from './resolution-context';
import { labelSubject } from './label-attribution';
import { quotingVerbAt } from './quoting-verbs';
import { verbAt } from './verb-at';

/** Who a direct quotation is attributed to, the cue word, and how tightly the cue binds it. */
export interface QuoteAttribution {
  subject: Subject;
  cue: string | null;
  /** Where the cue was found: right after the quotation, in its lead-in, or ending its sentence. */
  via: 'after' | 'lead' | 'tail';
  /** The cue binds the quotation where it stands ("“…,” he said", "He said: “…”", "said that “…”"). */
  adjacent: boolean;
  /** A lead-in verb touches the opening mark ("The army said, “…”"): it outranks a source after the quotation. */
  tight: boolean;
}

const MAX_AFTER_WORDS = 10;
const SOURCE_LEAD = /(?:^|[\s,])(?:[Aa]ccording to|[Ii]n the words of)\s+([^,]{2,80}?),?\s*$/;
const WORDS_LEAD = /(?:^|\s)(?:[Ii]n|[Bb]y) (his|her) (?:own )?words,?\s*$/;
const PRONOUNS = new Set(['his', 'her']);
/** Verbs of belief, whose clause may be the object of a speech verb before them. */
const BELIEF_LEMMAS = new Set([
  'hold',
  'think',
  'believe',
  'feel',
  'expect',
  'hope',
  'fear',
  'worry',
  'reckon',
  'doubt',
]);
/** Words that open a clause of its own between two verbs ("after", "when", "because"…). */
const CLAUSE_OPENERS =
  /\b(?:after|before|when|while|since|as|because|although|though|but|and|or|until|if|where|whereas|unless|once)\b/iu;

function tokenIndexAt(view: ParagraphView, offset: number): number {
  const index = view.tokens.findIndex((token) => token.start >= offset);
  return index < 0 ? view.tokens.length : index;
}

/** "“…,” he said" / "“…,” said Okafor" / "“…” Lindqvist said." */
function afterQuote(context: ResolutionContext, span: QuoteSpan): QuoteAttribution | null {
  const view = context.views[span.paragraph];
  if (view === undefined || span.unclosed) return null;
  const local = span.closeAfter - view.base;
  const stop = Math.min(
    ...view.ends.filter((end) => end > local + 1),
    ...[view.masked.indexOf(MASK_CHAR, local)].filter((at) => at >= 0),
  );
  const first = tokenIndexAt(view, local);
  const opening = view.masked.slice(local, view.tokens[first]?.start ?? local);
  if (!/^[\s,]*$/.test(opening)) return null;
  const endsSentence = /[.!?…]\s*$/.test(
    view.text.slice(Math.max(0, span.end - view.base - 2), span.end - view.base),
  );
  for (let index = first; index < Math.min(first + MAX_AFTER_WORDS, view.tokens.length); index += 1) {
    const token = view.tokens[index];
    if (token === undefined || token.end > stop) return null;
    const hit = verbAt(view, index);
    if (hit === null || hit.verb.form === 'gerund') continue;
    const next = view.tokens[index + hit.length];
    const afterVerb = view.masked.slice(
      view.tokens[index + hit.length - 1]?.end ?? 0,
      next?.start ?? view.masked.length,
    );
    if (endsSentence && (next?.lower === 'that' || afterVerb.includes(':'))) return null;
    const subject =
      index === first
        ? subjectAfter(context, view, index + hit.length)
        : subjectBefore(context, view, index, local);
    return subject === null ? null : { subject, cue: hit.text, via: 'after', adjacent: true, tight: false };
  }
  return null;
}

/** "He noted: “…”" / "The governor said that “…”" / "…, asking, “…”" / "According to X, “…”". */
function leadIn(context: ResolutionContext, span: QuoteSpan): QuoteAttribution | null {
  const view = context.views[span.paragraph];
  if (view === undefined) return null;
  const local = span.openAt - view.base;
  const previous = context.views[span.paragraph - 1];
  // A quotation that opens its paragraph may be announced at the end of the one before ("He said:").
  if (
    view.masked.slice(0, local).trim() === '' &&
    previous !== undefined &&
    previous.masked.trimEnd().endsWith(':')
  ) {
    return leadInWithin(context, previous, previous.masked.trimEnd().length);
  }
  return leadInWithin(context, view, local);
}

function leadInWithin(
  context: ResolutionContext,
  view: ParagraphView,
  local: number,
): QuoteAttribution | null {
  const start = sentenceStartAt(view.ends, Math.max(local - 1, 0));
  const lead = view.masked.slice(start, local);
  const adjacent = /(?:[:,]|\bthat)\s*$/u.test(lead);
  const words = WORDS_LEAD.exec(lead);
  const source = words ?? SOURCE_LEAD.exec(lead);
  if (source !== null) {
    const sourceStart = start + source.index;
    const index =
      words !== null
        ? view.tokens.findIndex((token) => token.start >= sourceStart && PRONOUNS.has(token.lower))
        : tokenIndexAt(view, local) - 1;
    const subject = index >= 0 ? subjectEndingAt(context, view, index) : null;
    const cue = words !== null ? `in ${words[1] ?? 'his'} words` : 'according to';
    if (subject !== null) return { subject, cue, via: 'lead', adjacent, tight: false };
  }
  for (let index = tokenIndexAt(view, local) - 1; index >= 0; index -= 1) {
    const token = view.tokens[index];
    if (token === undefined || token.start < start) return null;
    const hit = verbAt(view, index) ?? quotingVerbAt(view, index);
    if (hit === null) continue;
    if (hit.verb.form === 'passive-prone' && PASSIVE_AUXILIARIES.has(view.tokens[index - 1]?.lower ?? ''))
      continue;
    const subject =
      hit.verb.form === 'gerund'
        ? gerundSubject(context, view, index, start)
        : subjectBefore(context, view, index, start);
    if (subject === null) continue;
    const between = view.masked.slice(view.tokens[index + hit.length - 1]?.end ?? 0, local);
    const tight = /^[\s,:]*$/u.test(between);
    const found: QuoteAttribution = {
      subject,
      cue: hit.text,
      via: 'lead',
      adjacent: adjacent || between.trim() === '',
      tight,
    };
    return BELIEF_LEMMAS.has(hit.verb.lemma) ? (outerSpeech(context, view, subject, start) ?? found) : found;
  }
  return null;
}

/**
 * The subject of a gerund cue: the name or pronoun right before it ("allegations of the minister
 * saying “…”", "quoted him as saying “…”"), else the subject of the clause it hangs on.
 */
function gerundSubject(
  context: ResolutionContext,
  view: ParagraphView,
  index: number,
  limit: number,
): Subject | null {
  let before = index - 1;
  if (view.tokens[before]?.lower === 'as') before -= 1;
  const token = view.tokens[before];
  const next = view.tokens[before + 1];
  if (token !== undefined && next !== undefined && token.start >= limit) {
    const joined = view.masked.slice(token.end, next.start).trim() === '';
    const direct = joined ? subjectEndingAt(context, view, before) : null;
    if (direct !== null) return direct;
  }
  return clauseSubject(context, view, index, limit);
}

/**
 * A verb of belief whose clause is the object of an earlier speech verb is not the quotation's
 * cue: in "He said the US held them “in the highest regard”" the words are his. Returns the outer
 * verb's attribution, or null when a conjunction or a comma makes the later clause its own ("…
 * one day after the minister said “…”").
 */
function outerSpeech(
  context: ResolutionContext,
  view: ParagraphView,
  inner: Subject,
  start: number,
): QuoteAttribution | null {
  const innerStart = inner.offset - view.base;
  for (let index = tokenIndexAt(view, innerStart) - 1; index >= 0; index -= 1) {
    const token = view.tokens[index];
    if (token === undefined || token.start < start) return null;
    const hit = verbAt(view, index);
    if (hit === null || hit.verb.form === 'gerund' || BELIEF_LEMMAS.has(hit.verb.lemma)) continue;
    const between = view.masked.slice(view.tokens[index + hit.length - 1]?.end ?? 0, innerStart);
    if (/[,;:\u2591]/u.test(between) || CLAUSE_OPENERS.test(between)) return null;
    const subject = subjectBefore(context, view, index, start);
    return subject === null ? null : { subject, cue: hit.text, via: 'lead', adjacent: false, tight: false };
  }
  return null;
}

/**
 * Given a quotation, returns who said it by the patterns wire copy uses: a cue after it ("“…,” he
 * said", "“…,” said Okafor") when the quotation ends in a comma, else a lead-in before it ("He
 * noted: “…”", "the governor said that “…”"), each falling back to the other; null when neither
 * names anyone (the caller then lets the quotation inherit its neighbour's speaker).
 */
export function attributeQuote(
  context: ResolutionContext,
  body: string,
  span: QuoteSpan,
): QuoteAttribution | null {
  const inside = body.slice(span.start, span.end).trimEnd();
  const commaJoined = inside.endsWith(',') || body.charAt(span.closeAfter) === ',';
  if (span.answer === true) return labelled(context, span);
  const lead = leadIn(context, span);
  // "The army said, “…,” the paper reported": the lead-in names the speaker, the tail the relay.
  if (lead?.tight === true) return lead;
  if (!commaJoined && lead !== null) return lead;
  return afterQuote(context, span) ?? lead ?? labelled(context, span) ?? sentenceTail(context, span);
}

const MAX_TAIL_SUBJECT_WORDS = 6;

/**
 * "… is held “very frequently” and …, a defence official said Friday.": a quoted fragment inside a
 * sentence that ends with its attribution (a comma, a short subject, a reporting verb, or the
 * inversion ", said X") belongs to that speaker.
 */
function sentenceTail(context: ResolutionContext, span: QuoteSpan): QuoteAttribution | null {
  const view = context.views[span.paragraph];
  if (view === undefined || span.answer === true) return null;
  const local = span.closeAfter - view.base;
  const end = sentenceEndAt(view.ends, local);
  for (let index = tokenIndexAt(view, local); index < view.tokens.length; index += 1) {
    const token = view.tokens[index];
    if (token === undefined || token.end > end) return null;
    const hit = verbAt(view, index);
    if (hit === null || hit.verb.form === 'gerund') continue;
    if (hit.verb.form === 'passive-prone' && PASSIVE_AUXILIARIES.has(view.tokens[index - 1]?.lower ?? ''))
      continue;
    const comma = view.masked.lastIndexOf(',', token.start);
    if (comma < local || view.masked.slice(comma, token.start).includes(MASK_CHAR)) continue;
    const subjectWords = view.tokens.filter((word) => word.start > comma && word.end <= token.start).length;
    if (subjectWords > MAX_TAIL_SUBJECT_WORDS) continue;
    const subject =
      subjectWords === 0
        ? subjectAfter(context, view, index + hit.length)
        : subjectBefore(context, view, index, comma);
    if (subject !== null) return { subject, cue: hit.text, via: 'tail', adjacent: false, tight: false };
  }
  return null;
}

/** "Smith: “…”", or an interview answer: the label or the interviewee speaks, with no cue. */
function labelled(context: ResolutionContext, span: QuoteSpan): QuoteAttribution | null {
  const subject = labelSubject(context, span);
  return subject === null ? null : { subject, cue: null, via: 'lead', adjacent: true, tight: false };
}

import { clauseSubject, subjectBefore, subjectEndingAt } from '../attribution/find-subject';
import type { ResolutionContext, Subject } from '../attribution/resolution-context';
import type { VerbHit } from '../attribution/verb-at';
import { registerOrganisation } from '../entities/entity-registry';
import { isPlaceWord } from '../entities/word-classes';
import { VERB_PRELUDE } from '../lexicon/function-words';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceStartAt } from '../text/sentences';
import { sentenceWordsStart } from './clause-start';
import { DETERMINERS } from './clause-words';
import { unnamedSourceStart } from './unnamed-source';

/** Who a report is from: a subject, null for a source the text leaves unnamed, undefined for none. */
export type ReportSource = Subject | null | undefined;

const TIME_NOUNS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|weekend|month|year|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const TIME_LINKS = new Set(['on', 'at', 'in', 'last', 'this', 'earlier', 'late', 'the', 'early']);
const TIME_OPENERS = new Set(['on', 'at', 'in', 'last', 'this', 'earlier', 'late', 'early']);
const RELATIVES = new Set(['that', 'which', 'who']);
const COORDINATORS = new Set(['and', 'but']);
const MAX_PLACE_PHRASE_WORDS = 4;
/** Words after a phrase's head noun: a preposition or a participle starts what modifies it. */
const HEAD_BOUNDARY = /^(?:of|from|in|on|at|for|with|by|to|about|\p{Ll}+ed|\p{Ll}+ing)$/u;

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
 * "Estonian President Kaja Tamm spoke to students … and mentioned …": a coordinated
 * verb's subject is its sentence's, the first name there standing as a subject.
 */
function sentenceSubject(
  context: ResolutionContext,
  view: ParagraphView,
  limit: number,
  verbIndex: number,
): ReportSource {
  const from = view.base + limit;
  const to = view.base + (view.tokens[verbIndex]?.start ?? 0);
  const first = context.registry.mentions.find((mention) => mention.start >= from && mention.start < to);
  if (first === undefined || !first.subjectLike) return undefined;
  return { entity: first.entity, surface: first.surface, offset: first.phraseStart };
}

/** "The study, published in June, reported": the word before an appositive set off by commas right before the verb. */
function beforeAppositive(view: ParagraphView, head: number, limit: number): number {
  const token = view.tokens[head];
  const next = view.tokens[head + 1];
  if (token === undefined || next === undefined || !view.masked.slice(token.end, next.start).includes(','))
    return head;
  const open = view.masked.lastIndexOf(',', token.start);
  if (open < limit) return head;
  return view.tokens.findLastIndex((word) => word.end <= open);
}

/**
 * "a Health NZ spokesperson", "an MoD document": a source noun whose phrase names the body it
 * speaks for, by a name the article uses for it or an abbreviation it gave. Null when none.
 */
function bodyNamedBefore(
  context: ResolutionContext,
  view: ParagraphView,
  phraseStart: number,
  headIndex: number,
): Subject | null {
  for (let index = headIndex - 1; index >= 0; index -= 1) {
    const token = view.tokens[index];
    if (token === undefined || token.start < phraseStart) break;
    const named = context.registry.mentions.find((mention) => mention.end === view.base + token.end);
    if (named !== undefined)
      return { entity: named.entity, surface: named.surface, offset: named.phraseStart };
    if (!token.capitalised) continue;
    const abbreviated = context.registry.entities.find(
      (entity) =>
        entity.kind === 'organization' &&
        entity.acronyms.some((acronym) => acronym.toLowerCase() === token.lower),
    );
    if (abbreviated !== undefined)
      return { entity: abbreviated.id, surface: token.text, offset: view.base + token.start };
  }
  return bodyNameRun(context, view, phraseStart, headIndex);
}

/**
 * "A Health NZ spokesperson said": capitalised words right before a source noun name the body it
 * speaks for, even where the article names that body nowhere else; a people or a place ("a
 * Chinese navy spokesperson", "a US official") or a possessor ("Mueller's prosecutors") names no
 * body.
 */
function bodyNameRun(
  context: ResolutionContext,
  view: ParagraphView,
  phraseStart: number,
  headIndex: number,
): Subject | null {
  let first = headIndex;
  while (first > 0) {
    const token = view.tokens[first - 1];
    const next = view.tokens[first];
    if (token === undefined || next === undefined || token.start < phraseStart || !token.capitalised) break;
    if (view.masked.slice(token.end, next.start) !== ' ' || DETERMINERS.has(token.lower)) break;
    first -= 1;
  }
  const words = view.tokens.slice(first, headIndex);
  if (words.length === 0 || words.some((word) => isPlaceWord(word) || word.possessive)) return null;
  // A sentence's first word is capitalised whatever it is ("Dock workers said").
  const wordsStart = words[0]?.start ?? 0;
  const opensSentence = sentenceWordsStart(view, sentenceStartAt(view.ends, wordsStart)) === wordsStart;
  if (opensSentence && words.length === 1 && !/^\p{Lu}{2,}$/u.test(words[0]?.text ?? '')) return null;
  const start = words[0]?.start ?? 0;
  const name = view.masked.slice(start, words[words.length - 1]?.end ?? start);
  const body = registerOrganisation(context.registry, name);
  return { entity: body.id, surface: name, offset: view.base + start };
}

/** An unnamed source ending at a word: the body its phrase names, else null; undefined when it is none. */
function unnamedSource(
  context: ResolutionContext,
  view: ParagraphView,
  head: number,
  limit: number,
): ReportSource {
  const start = unnamedSourceStart(view, head, limit);
  return start === null ? undefined : bodyNamedBefore(context, view, start, head);
}

/** The subject a word names, or an unnamed source ending there (null), or undefined. */
function sourceEndingAt(
  context: ResolutionContext,
  view: ParagraphView,
  index: number,
  limit: number,
): ReportSource {
  const token = view.tokens[index];
  if (token === undefined || token.start < limit) return undefined;
  return subjectEndingAt(context, view, index) ?? unnamedSource(context, view, index, limit);
}

/**
 * Given a paragraph, a reporting verb and the local offset its subject cannot reach before, returns
 * who reports: the subject right before a finite verb (past an appositive, "also" or "has", and a
 * time: "the Parliament on Saturday said"), the antecedent of a relative ("a report that said"),
 * the subject shared by a coordinated verb ("talked to reporters and mentioned"), the clause's
 * subject for a gerund ("…, adding"); null for an unnamed source ("officials said").
 */
export function subjectOfVerb(
  context: ResolutionContext,
  view: ParagraphView,
  hit: VerbHit,
  limit: number,
): ReportSource {
  if (hit.verb.form === 'gerund') return clauseSubject(context, view, hit.index, limit) ?? undefined;
  let head = hit.index - 1;
  while (head > 0 && VERB_PRELUDE.has(view.tokens[head]?.lower ?? '')) head -= 1;
  const word = view.tokens[head]?.lower ?? '';
  // A relative word is no name ("the minister, who said …" is the minister, never a "Who").
  if (RELATIVES.has(word)) return sourceEndingAt(context, view, head - 1, limit);
  if (COORDINATORS.has(word)) return sentenceSubject(context, view, limit, hit.index);
  const named = subjectBefore(context, view, hit.index, limit);
  if (named !== null) return named;
  head = beforeAppositive(view, head, limit);
  const beforeTime = timeBefore(view, head + 1);
  if (beforeTime !== head + 1) {
    // "The new city council on Monday said …": the subject stands before the time.
    const timed = sourceEndingAt(context, view, beforeTime - 1, limit);
    if (timed !== undefined) return timed;
  }
  const unnamed = unnamedSource(context, view, head, limit);
  return unnamed === undefined ? unnamedBeforePhrase(context, view, head, limit) : unnamed;
}

/** "Officials in Norway said", "staff at the hospital told": the source noun before a phrase on where it is. */
function unnamedBeforePhrase(
  context: ResolutionContext,
  view: ParagraphView,
  head: number,
  limit: number,
): ReportSource {
  for (let index = head - 1; index >= Math.max(0, head - MAX_PLACE_PHRASE_WORDS); index -= 1) {
    const token = view.tokens[index];
    if (token === undefined || token.start < limit) return undefined;
    if (['in', 'at', 'from', 'of', 'with', 'for'].includes(token.lower))
      return unnamedSource(context, view, index - 1, limit);
  }
  return undefined;
}

/**
 * Given a paragraph and the word indices a source phrase spans ("according to the ministry's
 * statement", "according to an MoD document published on Friday"), returns who it names: the
 * phrase's last word as a subject, else its possessor ("the ministry's"), else a document or group
 * noun with a known name before it ("an MoD document"), or with none (an unnamed source: null).
 */
export function sourceOfPhrase(
  context: ResolutionContext,
  view: ParagraphView,
  first: number,
  last: number,
): ReportSource {
  const limit = view.tokens[first]?.start ?? 0;
  const whole = subjectEndingAt(context, view, last);
  if (whole !== null) return whole;
  for (let index = first; index <= last; index += 1) {
    if (view.tokens[index]?.possessive === true) {
      const possessor = subjectEndingAt(context, view, index);
      if (possessor !== null) return possessor;
    }
  }
  // A document or group noun speaks only as the phrase's head: "the data from the statistics
  // office" is data, "an MoD document published on Friday" is the MoD's document.
  for (let index = first; index <= last; index += 1) {
    const next = view.tokens[index + 1];
    const endsHead = index === last || next === undefined || HEAD_BOUNDARY.test(next.lower);
    if (!endsHead) continue;
    return unnamedSource(context, view, index, limit);
  }
  return undefined;
}

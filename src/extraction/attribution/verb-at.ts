import { matchReportingVerb, type ReportingVerb } from '../lexicon/reporting-verbs';
import type { ParagraphView } from '../text/paragraph-view';
import type { Token } from '../text/tokenize';

/** A reporting verb found in a paragraph: where it is and how it was written. */
export interface VerbHit {
  index: number;
  length: number;
  verb: ReportingVerb;
  /** The verb as written ("pointed out"). */
  text: string;
}

/** Words after which a reporting verb's form is a noun: "the report", "his claims", "head of state". */
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'every',
  'each',
  'any',
  'no',
  'of',
  'in',
  'for',
  'with',
  'by',
  'about',
  'from',
]);

/**
 * True when a present-tense form stands where English puts a noun: right after an article, a
 * possessive or a preposition ("the report", "his claims", "the head of state"), or closing a
 * capitalised compound after one ("a Harbour Gazette report": a bare form cannot agree with a
 * singular subject). Past forms ("said", "reported") are verbs wherever they stand.
 */
function readsAsNoun(view: ParagraphView, index: number, verb: ReportingVerb, text: string): boolean {
  if (verb.form !== 'finite') return false;
  const previous: Token | undefined = view.tokens[index - 1];
  if (previous === undefined || view.masked.slice(previous.end, view.tokens[index]?.start).trim() !== '')
    return false;
  if (previous.possessive || NOUN_MARKERS.has(previous.lower)) return true;
  if (text !== verb.lemma || !previous.capitalised) return false;
  let left = index - 1;
  while (left > 0 && view.tokens[left - 1]?.capitalised === true) left -= 1;
  const before = view.tokens[left - 1];
  return before !== undefined && ['the', 'a', 'an'].includes(before.lower);
}

/** Given a paragraph and a word index, returns the reporting verb starting there, or null. */
export function verbAt(view: ParagraphView, index: number): VerbHit | null {
  const words: string[] = [];
  for (let i = index; i < Math.min(index + 4, view.tokens.length); i += 1) {
    const token = view.tokens[i];
    const previous = view.tokens[i - 1];
    if (token === undefined) break;
    if (i > index && previous !== undefined && view.masked.slice(previous.end, token.start) !== ' ') break;
    words.push(token.lower);
  }
  const hit = matchReportingVerb(words);
  if (hit === null) return null;
  const first = view.tokens[index];
  const last = view.tokens[index + hit.length - 1];
  if (first === undefined || last === undefined || first.capitalised) return null;
  if (readsAsNoun(view, index, hit.verb, hit.text)) return null;
  return { index, length: hit.length, verb: hit.verb, text: view.masked.slice(first.start, last.end) };
}

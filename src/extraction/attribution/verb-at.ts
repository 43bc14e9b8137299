import { matchReportingVerb, type ReportingVerb } from '../lexicon/reporting-verbs';
import type { ParagraphView } from '../text/paragraph-view';

/** A reporting verb found in a paragraph: where it is and how it was written. */
export interface VerbHit {
  index: number;
  length: number;
  verb: ReportingVerb;
  /** The verb as written ("pointed out"). */
  text: string;
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
  return { index, length: hit.length, verb: hit.verb, text: view.masked.slice(first.start, last.end) };
}

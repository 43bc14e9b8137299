import { ORGANISATION_HEADS } from '../lexicon/organisations';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceStartAt } from '../text/sentences';
import { sentenceWordsStart } from './clause-start';
import {
  DETERMINERS,
  FINITE_AUXILIARIES,
  NON_CLAUSE_OPENERS,
  PHRASE_JOINERS,
  RELATIVE_WORDS,
  SUBJECT_PRONOUNS,
} from './clause-words';

/**
 * Nouns news English uses for a source it does not name: people by their group or function
 * ("officials said", "a source told", "police said", "analysts say") and the documents and outlets
 * that speak for someone ("the report said", "a statement said").
 */
const SOURCE_NOUNS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'spokespersons',
  'representative',
  'representatives',
  'police',
  'authorities',
  'ministers',
  'diplomat',
  'diplomats',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'economist',
  'economists',
  'witness',
  'witnesses',
  'resident',
  'residents',
  'observers',
  'investigators',
  'prosecutors',
  'judges',
  'lawyers',
  'staff',
  'aides',
  'aide',
  'insiders',
  'insider',
  'people',
  'employees',
  'workers',
  'activists',
  'campaigners',
  'critics',
  'organisers',
  'organizers',
  'officers',
  'soldiers',
  'doctors',
  'medics',
  'researchers',
  'scientists',
  'traders',
  'dealers',
  'bankers',
  'lawmakers',
  'legislators',
  'members',
  'delegates',
  'negotiators',
  'executives',
  'leaders',
  'commanders',
  'rescuers',
  'firefighters',
  'paramedics',
  'farmers',
  'locals',
  'parents',
  'fans',
  'voters',
  'report',
  'reports',
  'statement',
  'study',
  'survey',
  'document',
  'documents',
  'letter',
  'communique',
  'newspaper',
  'paper',
  'broadcaster',
]);

const MAX_PHRASE_WORDS = 5;

/**
 * Given a paragraph and the index of a word a subject ends with, returns the local offset where a
 * phrase naming an unnamed source starts ("Palestinian officials", "the Defense Ministry sources",
 * "a Health NZ spokesperson", "staff", a body by its kind: "the harbour authority"), or null when
 * the word is no such source. Such reports
 * count as reported speech with nobody named as the speaker.
 */
export function unnamedSourceStart(view: ParagraphView, headIndex: number, limit: number): number | null {
  const head = view.tokens[headIndex];
  // A source noun is common, capitalised only where it opens the sentence ("Officials said").
  if (head === undefined || head.start < limit) return null;
  if (head.capitalised && sentenceWordsStart(view, sentenceStartAt(view.ends, head.start)) !== head.start)
    return null;
  if (!SOURCE_NOUNS.has(head.lower) && !ORGANISATION_HEADS.has(head.lower)) return null;
  let first = headIndex;
  for (let index = headIndex - 1; index >= Math.max(0, headIndex - MAX_PHRASE_WORDS); index -= 1) {
    const token = view.tokens[index];
    const next = view.tokens[index + 1];
    if (token === undefined || next === undefined || token.start < limit) break;
    if (view.masked.slice(token.end, next.start).trim() !== '') break;
    const lower = token.lower;
    if (
      [PHRASE_JOINERS, SUBJECT_PRONOUNS, FINITE_AUXILIARIES, RELATIVE_WORDS, NON_CLAUSE_OPENERS].some(
        (words) => words.has(lower),
      )
    )
      break;
    first = index;
    if (DETERMINERS.has(lower)) break;
  }
  return view.tokens[first]?.start ?? null;
}

/**
 * Given a paragraph and the index of the word after an inverted reporting verb ("…, said the
 * ministry sources"), returns whether the words up to `end` (a local offset) name an unnamed source.
 */
export function unnamedSourceAfter(view: ParagraphView, from: number, end: number): boolean {
  for (let index = from; index < Math.min(view.tokens.length, from + MAX_PHRASE_WORDS + 1); index += 1) {
    const token = view.tokens[index];
    const next = view.tokens[index + 1];
    if (token === undefined || token.end > end) return false;
    const endsPhrase =
      next === undefined || next.end > end || /[,;:]/.test(view.masked.slice(token.end, next.start));
    if (endsPhrase) return unnamedSourceStart(view, index, view.tokens[from]?.start ?? 0) !== null;
  }
  return false;
}

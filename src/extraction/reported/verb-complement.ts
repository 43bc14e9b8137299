import type { VerbHit } from '../attribution/verb-at';
import { bareClauseOf, needsObject } from '../lexicon/reporting-verbs';
import { ADVERBIAL_OPENERS, PASSIVE_AUXILIARIES, VERB_PRELUDE } from '../lexicon/function-words';
import { MASK_CHAR } from '../quotes/mask-quotes';
import type { ParagraphView } from '../text/paragraph-view';
import { DETERMINERS, FINITE_AUXILIARIES, NON_CLAUSE_OPENERS, PHRASE_JOINERS } from './clause-words';
import { opensFiniteClause } from './finite-clause';
import { reportingVerbAt } from './verb-hits';

/** Where the clause a reporting verb reports begins. */
export interface Complement {
  /** Local offset of the clause's first character. */
  start: number;
  /** The clause opens with a quotation mark: a direct quote, left to the direct pass. */
  opensQuote: boolean;
  /** Introduced by "that" (else a bare clause: "said the talks failed"). */
  viaThat: boolean;
}

const MAX_GAP = 7;
const MAX_OBJECT_WORDS = 4;
const OPENS_QUOTE = /^["“„«\u2591]/u;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const ADVERB = /^\p{Ll}+ly$/u;
/** Words that open a time or setting between a verb and its clause ("said on Thursday", "said in a statement"). */
const SETTING_OPENERS = new Set(
  [...ADVERBIAL_OPENERS].filter((word) => !['to', 'while', 'when', 'speaking', 'addressing'].includes(word)),
);
const MAX_TAG_WORDS = 6;
const MODALS = new Set(['may', 'might', 'could', 'would', 'should', 'will', 'shall', 'must', 'can']);
/** Adverbs that may stand between a verb and its clause ("said again the …", "added later the …"). */
const GAP_ADVERBS = new Set([
  'also',
  'again',
  'then',
  'later',
  'earlier',
  'further',
  'repeatedly',
  'once',
  'too',
]);
const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * True when the reporting verb reports here: not "was told" (passive), "the said report",
 * "Motorola's report", "reports of" (nouns) nor "may signal" (no report of what was said).
 */
export function isActiveVerb(view: ParagraphView, hit: VerbHit): boolean {
  const before = view.tokens[hit.index - 1]?.lower ?? '';
  if (hit.verb.form === 'passive-prone' && PASSIVE_AUXILIARIES.has(before)) return false;
  // "may signal", "will say": what someone might or will say is no report of what they said.
  if (MODALS.has(before)) return false;
  // A present form before "of" is a noun ("forecasts of growth", "reports of shelling").
  if (hit.verb.form === 'finite' && view.tokens[hit.index + hit.length]?.lower === 'of') return false;
  return !DETERMINERS.has(before) && view.tokens[hit.index - 1]?.possessive !== true;
}

/** "said on Thursday that", "told reporters that", "noted, however, that" — but not "a plan that". */
function thatGapAllowed(view: ParagraphView, hit: VerbHit, thatIndex: number): boolean {
  const gap = view.tokens.slice(hit.index + hit.length, thatIndex);
  const first = gap[0];
  if (first === undefined) return true;
  const from = view.tokens[hit.index + hit.length - 1]?.end ?? 0;
  const between = view.masked.slice(from, view.tokens[thatIndex]?.start ?? from);
  if (between.includes(MASK_CHAR)) return false;
  // A comma may only set off an aside right after the verb ("noted, however, that").
  if (between.includes(',') && !between.startsWith(',')) return false;
  if (ADVERBIAL_OPENERS.has(first.lower) || VERB_PRELUDE.has(first.lower)) return true;
  return hit.verb.takesObject && gap.length <= MAX_OBJECT_WORDS;
}

/**
 * Words between a reporting verb and a clause without "that": nothing, adverbs, a time or setting
 * ("on Thursday", "in a statement"), or for verbs that address someone, whom ("told reporters",
 * "told the paper on Friday"). Verbs that must name whom they address ("told") need that object.
 */
function bareGapAllowed(view: ParagraphView, hit: VerbHit, from: number, to: number): boolean {
  const gap = view.tokens.slice(from, to);
  const first = gap[0];
  if (first === undefined) return !needsObject(hit.verb.lemma);
  if (gap.every((token) => ADVERB.test(token.lower) || GAP_ADVERBS.has(token.lower)))
    return !needsObject(hit.verb.lemma);
  if (!needsObject(hit.verb.lemma) && (SETTING_OPENERS.has(first.lower) || ADVERB.test(first.lower)))
    return true;
  if (!hit.verb.takesObject) return false;
  // Whom the verb addresses is a phrase that cannot end on an article or a preposition ("told the").
  const last = gap[gap.length - 1]?.lower ?? '';
  if (DETERMINERS.has(last) || PHRASE_JOINERS.has(last)) return false;
  return OBJECT_PRONOUNS.has(first.lower) || !NON_CLAUSE_OPENERS.has(first.lower);
}

/**
 * Given a paragraph, a reporting verb in it and its sentence's bounds (local offsets), returns
 * where the clause it reports starts: after "that" ("said on Thursday that …") or, without "that",
 * where a finite clause begins ("told reporters the talks had failed"); null when the verb reports
 * no clause ("denied the charges", "said in a statement.").
 */
/** "“…,” Putin said during …": a finite verb in the tag of the quotation before it reports that quotation. */
function tagsQuotation(view: ParagraphView, hit: VerbHit, sentenceStart: number): boolean {
  if (hit.verb.form === 'gerund') return false;
  const verbStart = view.tokens[hit.index]?.start ?? 0;
  const quoteEnd = view.masked.lastIndexOf(MASK_CHAR, verbStart);
  if (quoteEnd < sentenceStart) return false;
  const tag = view.masked.slice(quoteEnd + 1, verbStart);
  return !/[.!?]/.test(tag) && tag.trim().split(/\s+/).length <= MAX_TAG_WORDS;
}

/**
 * "a news report that said …", "the plan that was approved": a "that" followed by a verb is a
 * relative pronoun, not the start of a reported clause (which opens with its subject).
 */
function verbFollows(view: ParagraphView, thatIndex: number): boolean {
  const next = view.tokens[thatIndex + 1];
  if (next === undefined || next.capitalised) return false;
  if (FINITE_AUXILIARIES.has(next.lower)) return true;
  const hit = reportingVerbAt(view, thatIndex + 1);
  return hit !== null && hit.verb.form !== 'gerund';
}

/** "a move that analysts say could drive prices up": the clause's subject is the relative before the verb. */
function extractedSubject(view: ParagraphView, hit: VerbHit): boolean {
  const next = view.tokens[hit.index + hit.length];
  if (next === undefined || next.capitalised || !FINITE_AUXILIARIES.has(next.lower)) return false;
  for (let index = hit.index - 1; index >= Math.max(0, hit.index - 4); index -= 1)
    if (RELATIVES.has(view.tokens[index]?.lower ?? '')) return index < hit.index - 1;
  return false;
}

export function complementOf(
  view: ParagraphView,
  hit: VerbHit,
  sentenceStart: number,
  sentenceEnd: number,
): Complement | null {
  const after = hit.index + hit.length;
  const bare = bareClauseOf(hit.verb.lemma);
  if (bare !== 'never' && extractedSubject(view, hit))
    return { start: view.tokens[after]?.start ?? 0, opensQuote: false, viaThat: false };
  const window = view.tokens.slice(after, after + MAX_GAP + 1).filter((token) => token.end <= sentenceEnd);
  const that = window.findIndex((token) => token.lower === 'that' && !token.capitalised);
  if (that >= 0 && thatGapAllowed(view, hit, after + that) && !verbFollows(view, after + that)) {
    const start = (window[that]?.end ?? 0) + 1;
    return { start, opensQuote: OPENS_QUOTE.test(view.masked.slice(start)), viaThat: true };
  }
  if (bare === 'never' || tagsQuotation(view, hit, sentenceStart)) return null;
  const verbEnd = view.tokens[after - 1]?.end ?? 0;
  const evidence = bare === 'readily' ? 'weak' : 'strong';
  for (const [offset, token] of window.entries()) {
    if (offset === that || /[.;:!?,\u2591]/u.test(view.masked.slice(verbEnd, token.start))) return null;
    const index = after + offset;
    if (bareGapAllowed(view, hit, after, index) && opensFiniteClause(view, index, sentenceEnd, evidence))
      return { start: token.start, opensQuote: false, viaThat: false };
  }
  return null;
}

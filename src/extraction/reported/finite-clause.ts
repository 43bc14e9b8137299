import type { ParagraphView } from '../text/paragraph-view';
import type { Token } from '../text/tokenize';
import {
  CONDITIONAL_OPENERS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  IRREGULAR_PASTS,
  PAST_ONLY_FORMS,
  NON_CLAUSE_OPENERS,
  NOT_VERBS,
  PHRASE_JOINERS,
  RELATIVE_WORDS,
  SUBJECT_PRONOUNS,
} from './clause-words';
import { reportingVerbAt } from './verb-hits';

/** How much evidence of a finite verb a reporting verb needs before the words after it count as its clause. */
export type ClauseEvidence =
  /** Any finite-looking verb ("said the army retook the town"): verbs that rarely take a noun object. */
  | 'weak'
  /** An auxiliary, a modal or a subject pronoun ("denied the troops were there"): verbs that often take a noun object ("denied the charges"). */
  | 'strong'
  /** Any word that may be a finite verb, a plural-looking one too ("the harbour expects record traffic"): for a stretch a closing tag already marks as said. */
  | 'loose';

const MAX_SUBJECT_WORDS = 18;
const PRONOUN_CONTRACTION = /^(?:i|you|he|she|it|we|they|there)['’](?:s|d|ll|re|ve|m)$/;
const ADVERB =
  /^(?:\p{Ll}+ly|also|never|still|not|already|only|even|again|then|now|later|soon|ever|just|no longer|too)$/u;
const QUANTIFIER_LEAD = new Set([
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'over',
  'under',
  'roughly',
  'approximately',
  'only',
  'just',
  'more',
  'less',
  'fewer',
  'at',
  'up',
  'as',
  'than',
  'least',
  'most',
  'to',
  'many',
  'much',
  'few',
]);
const PARTICIPLE_AUXILIARIES = new Set(['be', 'been', 'being', ...FINITE_AUXILIARIES]);
const NUMBER = /^\p{N}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Times that follow a reporting verb as its adjunct, not as a subject ("said Thursday, contradicting …"). */
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'earlier',
  'later',
  'overnight',
]);

const normalised = (token: Token): string => token.lower.replace(/’/g, "'");

function isPastForm(token: Token): boolean {
  const word = token.lower;
  if (token.capitalised || NOT_VERBS.has(word)) return false;
  return PAST_ONLY_FORMS.has(word) || IRREGULAR_PASTS.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/** Word endings of adjectives ("annual", "economic", "massive"), for "an annual televised address". */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|less|ary|ern|ing|ed|ian|ese|ish|ent|ant|ible|able)$/;

function isPresentForm(token: Token): boolean {
  const word = token.lower;
  if (token.capitalised || token.possessive || NOT_VERBS.has(word) || word.length < 4) return false;
  return word.endsWith('s') && !/(?:ss|us|is|ics|'s)$/.test(word);
}

/** Words after a present form that make it a verb rather than a plural noun ("faces a", "responds to"). */
const AFTER_PRESENT_VERB = new Set([
  'to',
  'that',
  'no',
  'not',
  'up',
  'out',
  'back',
  'more',
  'it',
  'him',
  'her',
  'them',
]);

function takesVerbObject(next: Token): boolean {
  return AFTER_PRESENT_VERB.has(next.lower) || DETERMINERS.has(next.lower) || NUMBER.test(next.text);
}

/** "the leaked documents", "an annual televised call-in": a past form between an article (and an adjective) and its noun. */
function isAttributive(view: ParagraphView, index: number): boolean {
  const next = view.tokens[index + 1];
  if (next === undefined || next.capitalised || NUMBER.test(next.text)) return false;
  const token = view.tokens[index];
  if (token === undefined || view.masked.slice(token.end, next.start).trim() !== '') return false;
  if (
    [DETERMINERS, PHRASE_JOINERS, NON_CLAUSE_OPENERS, SUBJECT_PRONOUNS].some((words) => words.has(next.lower))
  )
    return false;
  if (ADVERB.test(next.lower) || next.lower === 'that') return false;
  const before = view.tokens[index - 1];
  if (before === undefined) return false;
  if (DETERMINERS.has(before.lower)) return true;
  return DETERMINERS.has(view.tokens[index - 2]?.lower ?? '') && ADJECTIVE_ENDING.test(before.lower);
}

/** Words that open an aside inside a subject: relatives, participles, "including", "and". */
function opensAside(token: Token): boolean {
  return (
    RELATIVE_WORDS.has(token.lower) ||
    PHRASE_JOINERS.has(token.lower) ||
    (!token.capitalised && /(?:ing|ed)$/.test(token.lower))
  );
}

/** The punctuation between two words; none inside a number ("106,630"). */
function punctuationBetween(view: ParagraphView, left: Token, right: Token): string {
  const between = view.masked.slice(left.end, right.start);
  if (between === ',' && NUMBER.test(left.text) && NUMBER.test(right.text)) return '';
  return between.replace(/\s+/g, '');
}

/** Skips a quantity before a number ("about 300", "as many as 14,000", "at least 103"). */
function skipQuantifier(view: ParagraphView, from: number): number {
  let index = from;
  while (index < from + 3 && QUANTIFIER_LEAD.has(view.tokens[index]?.lower ?? '')) index += 1;
  return index > from && NUMBER.test(view.tokens[index]?.text ?? '') ? index : from;
}

/** After a subject pronoun: adverbs, then a word that can only be its verb ("it never closed", "they had"). */
function verbAfterPronoun(view: ParagraphView, from: number, end: number): boolean {
  for (let index = from; index < view.tokens.length; index += 1) {
    const token = view.tokens[index];
    const previous = view.tokens[index - 1];
    if (token === undefined || token.end > end) return false;
    if (previous !== undefined && punctuationBetween(view, previous, token) !== '') return false;
    if (ADVERB.test(token.lower)) continue;
    if (token.capitalised || NUMBER.test(token.text)) return false;
    return !NON_CLAUSE_OPENERS.has(token.lower) && !DETERMINERS.has(token.lower) && token.lower !== 'to';
  }
  return false;
}

/**
 * Given a paragraph, the index of the word a clause would start with and the local offset its
 * sentence ends at, returns whether the words open a finite clause: a subject (a pronoun, or a
 * noun phrase that may carry "of"-phrases, a parenthesis or a relative clause) and then its finite
 * verb. "the troops were deployed", "it never closed", "the joint training helped" open one; "the
 * charges", "in a statement", "Deputy Prime Minister Huang" do not.
 */
export function opensFiniteClause(
  view: ParagraphView,
  from: number,
  end: number,
  evidence: ClauseEvidence,
): boolean {
  let start = from;
  if (CONDITIONAL_OPENERS.has(view.tokens[start]?.lower ?? '')) {
    if (evidence === 'strong') return false;
    start += 1;
  }
  start = skipQuantifier(view, start);
  const head = view.tokens[start];
  if (head === undefined || head.end > end) return false;
  // An acronym is a name, whatever word it spells ("US intelligence", "WHO officials").
  const word = ACRONYM.test(head.text) ? '' : normalised(head);
  if (PRONOUN_CONTRACTION.test(word)) return true;
  if (SUBJECT_PRONOUNS.has(word)) return head.possessive || verbAfterPronoun(view, start + 1, end);
  if (start === from && NON_CLAUSE_OPENERS.has(word)) return false;
  if (FINITE_AUXILIARIES.has(word) || isPastForm(head)) return false;
  if (TIME_WORDS.has(word)) return false;
  let inRelative = false;
  let inAside = false;
  for (let index = start + 1; index < Math.min(view.tokens.length, start + MAX_SUBJECT_WORDS); index += 1) {
    const token = view.tokens[index];
    const previous = view.tokens[index - 1];
    if (token === undefined || previous === undefined || token.end > end) return false;
    const between = punctuationBetween(view, previous, token);
    if (/[;:]/.test(between)) return false;
    const lower = normalised(token);
    if (between.includes(',')) {
      // A comma inside a subject opens or closes an aside ("the forces, while involved in …, were")
      // or lists names ("Rashford, Shaw and Lindelof have"); one followed by a new phrase starts
      // another clause ("the charges, the minister couldn't …").
      if (inAside) inAside = false;
      else if (opensAside(token)) inAside = true;
      else if (!(token.capitalised && previous.capitalised)) return false;
    }
    const joined = between.includes(',') || PHRASE_JOINERS.has(previous.lower) || previous.possessive;
    if (FINITE_AUXILIARIES.has(lower) && !token.capitalised) {
      if (!inRelative) return true;
      inRelative = false;
      continue;
    }
    if (RELATIVE_WORDS.has(lower)) {
      inRelative = true;
      continue;
    }
    // "a report that said jobs would go": what follows a relative's reporting verb is its report.
    if (inRelative && reportingVerbAt(view, index) !== null) return false;
    if (SUBJECT_PRONOUNS.has(lower) && lower !== 'there') return false;
    if (DETERMINERS.has(lower) && !joined && !/(?:ing|ed)$/.test(previous.lower)) return false;
    const afterWord =
      !PARTICIPLE_AUXILIARIES.has(previous.lower) &&
      !DETERMINERS.has(previous.lower) &&
      !PHRASE_JOINERS.has(previous.lower) &&
      !NUMBER.test(previous.text) &&
      previous.lower !== 'to';
    const next = view.tokens[index + 1];
    const continues = next !== undefined && next.end <= end;
    // A past form may end the sentence ("the talks collapsed") but not stand between an article and
    // its noun ("an annual televised address"); a plural noun looks like a present form, so one of
    // those must be followed by what follows verbs ("the force responds to", "Russia faces a").
    // Loosely, any word between a noun and an article is its verb ("the United States share a").
    if (evidence === 'loose' && afterWord && continues && !token.capitalised && DETERMINERS.has(next.lower)) {
      if (!inRelative && !NON_CLAUSE_OPENERS.has(lower) && !PHRASE_JOINERS.has(lower)) return true;
    }
    const finiteLooking =
      afterWord &&
      (PAST_ONLY_FORMS.has(token.lower) ||
        (isPastForm(token) && next?.lower !== 'by' && !isAttributive(view, index)) ||
        (isPresentForm(token) && continues && (evidence === 'loose' || takesVerbObject(next))));
    if (!finiteLooking) continue;
    if (inRelative) {
      inRelative = false;
      continue;
    }
    if (evidence !== 'strong') return true;
  }
  return false;
}

/**
 * Given a paragraph and a stretch of it (a first word index, an end offset), returns whether a
 * finite clause starts anywhere in it: whether the stretch says something rather than names it.
 */
export function holdsFiniteClause(view: ParagraphView, from: number, end: number): boolean {
  for (
    let index = from;
    index < view.tokens.length && (view.tokens[index]?.end ?? Infinity) <= end;
    index += 1
  )
    if (opensFiniteClause(view, index, end, 'loose')) return true;
  return false;
}

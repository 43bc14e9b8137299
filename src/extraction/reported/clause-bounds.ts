import { reportingVerbAt } from './verb-hits';
import { bareClauseOf } from '../lexicon/reporting-verbs';
import type { ParagraphView } from '../text/paragraph-view';
import { sentenceEndAt } from '../text/sentences';

/**
 * Trailing material that comments on the report rather than belongs to it: a source tag (", BelTA
 * has learned", ", informs", ", TASS reports"), a sentence-level appositive (", the first time he
 * has admitted …", ", a move that …") or a dashed aside ("- which happened …").
 */
const TAILS = [
  /,\s+(?:[\p{Lu}][\p{L}.\-/]*\s+){0,3}(?:has|have)\s+learned$/u,
  /,\s+(?:[\p{L}][\p{L}.\-/]*\s+){0,3}(?:informs?|reports?|reported|writes|wrote|said|says|added|adds|noted|notes|told\s+\S+|stated)$/u,
  /,\s+(?:he|she|they|it)\s+\p{Ll}+$/u,
  /,\s+(?:the|a|his|her|its|their)\s+(?:first|second|third|latest|last|only|fourth|fifth)\s+(?:time|such|public)\b.*$/u,
  /,\s+(?:a|an|in\s+a|in\s+an)\s+(?:move|step|sign|claim|charge|assertion|statement|reference|nod|apparent\s+reference|remark|comment|signal|warning|development)\b.*$/u,
  /,\s+(?:according\s+to|citing|referring\s+to|in\s+(?:an?\s+)?(?:interview|statement|speech|address|comments|remarks|post)\b).*$/u,
  /,\s+as\s+(?:he|she|they|it|the\s+\p{Ll}+)\s+(?:put\s+it|said|says|noted|added|explained|stressed)\b.*$/u,
  /\s+[-\u2013\u2014]\s+(?:which|something|a\s+claim|a\s+move|an\s+assertion|despite|although|though|even\s+though|as)\b.*$/u,
];
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/u;
/** A colon or semicolon that hands over to a quotation ("…, he said: “…”"). */
const HANDS_OVER_TO_QUOTE = /[;:]\s*(?=["“„«‘']?\u2591)/u;
/** Connectives that set the writer's own context beside a report ("…, a day after the mayor said …"). */
const CONNECTIVES = new Set([
  'after',
  'before',
  'as',
  'while',
  'when',
  'since',
  'amid',
  'following',
  'whereas',
]);
/** A span of time before a connective ("one day after", "hours before"). */
const TIME_SPAN =
  /^(?:one|two|three|four|five|a|an|several|few|\p{N}+|days?|hours?|weeks?|months?|years?|minutes?|moments?|shortly|just|soon|only|even)$/u;
const SKIPPABLE_BEFORE_VERB = new Set(['and', 'but', 'later', 'also', 'then', 'earlier', 'separately']);
const MAX_SUBJECT_WORDS = 8;
const MAX_REPORTER_WORDS = 4;
const MAX_TAG_SUBJECT_WORDS = 7;
const MAX_TAG_TAIL_WORDS = 4;
const CONJUNCTIONS = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet']);

/** Index of the first token starting at or after a local offset. */
function tokenAt(view: ParagraphView, offset: number): number {
  let low = 0;
  let high = view.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((view.tokens[middle]?.start ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** True when the token starts a finite reporting verb ("said", "later told") or its gerund ("adding"). */
function reportsAt(view: ParagraphView, index: number, gerundToo: boolean): boolean {
  const hit = reportingVerbAt(view, index);
  return hit !== null && (gerundToo || hit.verb.form !== 'gerund');
}

/** ", but many have noted …": after a conjunction, a short subject and a finite verb of speech of its own ("continued" is none). */
function newReporter(view: ParagraphView, from: number, end: number): boolean {
  for (let index = from; index < Math.min(view.tokens.length, from + MAX_REPORTER_WORDS + 1); index += 1) {
    const token = view.tokens[index];
    const previous = view.tokens[index - 1];
    if (token === undefined || previous === undefined || token.end > end) return false;
    if (index > from && view.masked.slice(previous.end, token.start).trim() !== '') return false;
    const hit = index > from ? reportingVerbAt(view, index) : null;
    if (hit !== null && hit.verb.form !== 'gerund' && bareClauseOf(hit.verb.lemma) !== 'never') return true;
  }
  return false;
}

/**
 * Where the writer takes over inside a clause: a comma before another report with no subject of its
 * own (", later said …", ", said the ministry", ", adding …") or with one after a conjunction (",
 * but analysts warned …"), or a connective before another speaker's report (" a day after the mayor
 * said …"). Returns a local offset, or `end` when none.
 */
function writerTakesOver(view: ParagraphView, start: number, end: number): number {
  for (let index = tokenAt(view, start); index < view.tokens.length; index += 1) {
    const token = view.tokens[index];
    const previous = view.tokens[index - 1];
    if (token === undefined || token.end > end) break;
    if (index > 0 && previous !== undefined && previous.end > start) {
      const gap = view.masked.slice(previous.end, token.start);
      if (gap.includes(',')) {
        let next = index;
        while (SKIPPABLE_BEFORE_VERB.has(view.tokens[next]?.lower ?? '')) next += 1;
        if (reportsAt(view, next, true)) return previous.end;
        if (CONJUNCTIONS.has(token.lower) && newReporter(view, index + 1, end)) return previous.end;
      }
    }
    if (!CONNECTIVES.has(token.lower) || token.capitalised) continue;
    for (let ahead = index + 2; ahead <= index + 1 + MAX_SUBJECT_WORDS; ahead += 1) {
      const word = view.tokens[ahead];
      const before = view.tokens[ahead - 1];
      if (word === undefined || before === undefined || word.end > end) break;
      if (/[,;:]/.test(view.masked.slice(before.end, word.start)) || word.lower === 'that') break;
      if (!reportsAt(view, ahead, false)) continue;
      let cut = index;
      while (
        cut - 1 > 0 &&
        TIME_SPAN.test(view.tokens[cut - 1]?.lower ?? '') &&
        (view.tokens[cut - 1]?.start ?? 0) >= start
      )
        cut -= 1;
      return view.tokens[cut]?.start ?? token.start;
    }
  }
  return end;
}

/**
 * ", presidential spokesman Ibrahim Kalin said Saturday": a source tag closing the sentence, with
 * a short subject before its verb (or after it: ", said the ministry") and at most a time or a
 * setting after. Returns where its comma stands, or null.
 */
function closingTagStart(view: ParagraphView, start: number, end: number): number | null {
  const comma = view.masked.lastIndexOf(',', end - 1);
  if (comma <= start) return null;
  const words = view.tokens.slice(tokenAt(view, comma), tokenAt(view, end));
  const verb = words.findIndex((_, at) => {
    const hit = reportingVerbAt(view, tokenAt(view, comma) + at);
    return hit !== null && hit.verb.form !== 'gerund';
  });
  if (verb < 0 || verb > MAX_TAG_SUBJECT_WORDS) return null;
  const after = words.slice(verb + 1);
  if (verb === 0) return after.length <= MAX_TAG_SUBJECT_WORDS ? comma : null;
  return after.length <= MAX_TAG_TAIL_WORDS && !after.some((word) => word.lower === 'that') ? comma : null;
}

/**
 * Given a paragraph and where a reported clause starts (local offset), returns the clause's local
 * end: the end of its sentence, or a colon or semicolon that hands over to a quotation, or where the
 * writer's own words take over, with source tags and sentence-level asides cut off and closing
 * punctuation dropped.
 */
export function reportedClauseEnd(view: ParagraphView, start: number): number {
  let end = sentenceEndAt(view.ends, start);
  const handOver = HANDS_OVER_TO_QUOTE.exec(view.masked.slice(start, end));
  if (handOver !== null) end = start + handOver.index;
  end = writerTakesOver(view, start, end);
  end = closingTagStart(view, start, end) ?? end;
  let text = view.text.slice(start, end);
  for (let changed = true; changed;) {
    changed = false;
    const trimmed = text.replace(TRAILING_PUNCTUATION, '');
    for (const tail of TAILS) {
      const cut = trimmed.replace(tail, '');
      if (cut !== trimmed && cut.length > 0) {
        text = cut;
        changed = true;
        break;
      }
    }
    if (!changed) text = trimmed;
  }
  return start + text.length;
}

import type { QuoteAttribution } from '../attribution/attribute-quote';
import { matchReportingVerb } from '../lexicon/reporting-verbs';

const MAX_TERM_WORDS = 3;
/**
 * Words right before a quotation that introduce a name, a title or a term rather than speech: "the
 * so-called “…”", "a plan dubbed “…”", "the report, titled “…”", "known as the “…”".
 */
const NAMING_CUE =
  /(?:^|[^\p{L}])(?:so-called|dubbed|called|termed|known as|nicknamed|labell?ed|branded|titled|entitled|named|the (?:words?|phrase|term|slogan|motto|hashtag|title|name))(?:\s+(?:the|a|an))?\s*$/iu;
/** "… as “…”" names or designates ("identified him as the “…”") unless a verb of characterising leads it. */
const AS_CUE = /(?:^|[^\p{L}])as(?:\s+(?:the|a|an))?\s*$/iu;
/** Verbs by which a speaker characterises something in their own words: "described the move as “…”". */
const CHARACTERISING =
  /\b(?:describ|characteri[sz]|portray|depict|call|brand|dismiss|hail|condemn|denounc|critici[sz]|slamm?|decr(?:y|ie)|prais|welcom|reject|defin)\w*\s+(?:\S+\s+){0,6}as(?:\s+(?:the|a|an))?\s*$/iu;

/**
 * Given a quotation's text, the words just before it in its paragraph and how it was attributed,
 * returns true when it is speech. A quotation right after a naming cue ("the so-called “…”",
 * "dubbed “…”", "titled “…”", "known as “…”") is a name or a title unless a cue right after it
 * attributes it; one of one to three words (a nickname, a term of art, a scare quote) counts only
 * when someone's words hold it: a cue binds it ("“Never,” she said", "He said: “No.”"), a
 * reporting verb leads its sentence ("Okafor said the plan was “a mistake”", "They said … the
 * “foreseeable future”") or ends it ("… held “very frequently”, an official said").
 */
const ARTICLES_AND_POSSESSIVES =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|of|in|for|with|by|about|from)$/u;
/** Every word capitalised ("Code Black", "Flying Jennies"): a name or a title, not words spoken. */
const TITLE_CASE = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*[\s,.!?]*)+$/u;

/**
 * True when the sentence leading up to a quotation holds a reporting verb, named speaker or not
 * ("They said the squadron stays for the “foreseeable future”"); a verb form after an article or
 * a possessive is a noun ("the report").
 */
function reportingVerbLeads(before: string): boolean {
  const sentence = before.split(/[.!?…]\s+(?=\p{Lu}|["“‘'])/u).pop() ?? before;
  const words = sentence.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.some((word, at) => {
    const hit = matchReportingVerb(words.slice(at));
    return hit !== null && hit.verb.form !== 'gerund' && !ARTICLES_AND_POSSESSIVES.test(words[at - 1] ?? '');
  });
}

export function isSpeech(text: string, before: string, attribution: QuoteAttribution | null): boolean {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words === 0) return false;
  const naming = NAMING_CUE.test(before) || (AS_CUE.test(before) && !CHARACTERISING.test(before));
  if (naming && attribution?.via !== 'after') return false;
  if (words > MAX_TERM_WORDS) return true;
  if (TITLE_CASE.test(text)) return attribution?.adjacent === true;
  return attribution !== null || reportingVerbLeads(before);
}

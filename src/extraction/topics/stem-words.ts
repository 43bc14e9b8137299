import stem from 'wink-porter2-stemmer';
import { isAbbreviation } from '../text/tokenize';

const MAX_CACHED = 50_000;
const cache = new Map<string, string>();
// A number with digit groups or decimals ("1,500", "2.5") is one word.
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+/gu;
/** Inflections, longest first: what may follow a stem without changing the word's meaning. */
const INFLECTIONS = ['ies', 'es', 'ed', 'ing', 's', 'd', 'e', 'y'];

/**
 * Given a lowercase word and its stem, returns what follows the stem once an inflection is taken
 * off: "" for "bases", "deployed", "economy"; "er" for "customer", "ly" for "extremely".
 */
function derivation(word: string, stemmed: string): string {
  let rest: string;
  if (word.startsWith(stemmed)) rest = word.slice(stemmed.length);
  else if (stemmed.endsWith('i') && word.startsWith(stemmed.slice(0, -1)))
    rest = word.slice(stemmed.length - 1);
  else return word;
  const inflection = INFLECTIONS.find((suffix) => rest.endsWith(suffix));
  return inflection === undefined ? rest : rest.slice(0, -inflection.length);
}

/**
 * Given a word, returns its match key: the Porter2 stem plus any derivational ending, so
 * inflections meet ("sanction", "sanctions", "sanctioned") while words that Porter2 folds together
 * but mean other things stay apart ("customer" is not "customs", "extremely" not "extremism").
 * Keys are cached because news vocabulary repeats.
 */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  let key = cache.get(lower);
  if (key === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    const stemmed = stem(lower);
    const rest = derivation(lower, stemmed);
    key = rest === '' ? stemmed : `${stemmed}|${rest}`;
    cache.set(lower, key);
  }
  return key;
}

/** A text's word keys with where each word starts and ends. */
export interface StemmedText {
  stems: string[];
  starts: number[];
  ends: number[];
  /** True where a clause, sentence or paragraph ends before the word (`.`, `;`, `:`, `!`, `?`, a line break): gaps stop there. */
  breaks: boolean[];
}

/** `;`, `:`, `!`, `?`, `…` and a line break end a clause wherever they stand. */
const CLAUSE_MARKS = new Set([59, 58, 33, 63, 0x2026, 10]);
const FULL_STOP = 46;

// A full stop after an initial or abbreviation ("U.S. troops", "Gen. Smith") ends no clause.
function endsClause(text: string, previousStart: number, previousEnd: number, nextStart: number): boolean {
  let fullStop = false;
  for (let at = previousEnd; at < nextStart; at += 1) {
    const code = text.charCodeAt(at);
    if (CLAUSE_MARKS.has(code)) return true;
    if (code === FULL_STOP) fullStop = true;
  }
  if (!fullStop || text.charCodeAt(previousEnd) !== FULL_STOP) return fullStop;
  const word = text.slice(previousStart, previousEnd);
  return word.length > 1 && !isAbbreviation(`${word}.`);
}

/** Given a text, returns its words in lower case and in order ("high-tech" is two words). */
export function splitWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase());
}

/** Given a text, returns its word keys with their offsets, so parts of it can be matched without stemming again. */
export function stemText(text: string): StemmedText {
  const stemmed: StemmedText = { stems: [], starts: [], ends: [], breaks: [] };
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const last = stemmed.stems.length - 1;
    stemmed.breaks.push(
      last >= 0 && endsClause(text, stemmed.starts[last] ?? 0, stemmed.ends[last] ?? 0, match.index),
    );
    stemmed.stems.push(stemWord(match[0]));
    stemmed.starts.push(match.index);
    stemmed.ends.push(match.index + match[0].length);
  }
  return stemmed;
}

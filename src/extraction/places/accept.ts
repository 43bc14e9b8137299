import { COMMON_WORD_CITY_NAMES } from './data/common-words';
import { FUNCTION_WORDS, GIVEN_NAMES, NAME_CONTEXT_WORDS } from './data/name-words';
import type { GazetteerEntry } from './gazetteer-entry';
import type { RawMention } from './scan';
import type { Token } from './tokenize';

/** What acceptance needs beyond the mention: the headline flag and context support. */
export interface AcceptInput {
  mention: RawMention;
  entry: GazetteerEntry;
  /** Some other name of the article points to the entry's country. */
  countryInContext: boolean;
  /** Indices of tokens of this paragraph inside another mention. */
  taken: ReadonlySet<number>;
  titleCase: boolean;
}

/** Populations above which a city name is taken at its word; below, it needs context. */
const SELF_EVIDENT_CITY = 50_000;
const COMMON_WORD_CITY = 100_000;
const LOCATIVE_CITY = 10_000;
const LOCATIVES = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'outside',
  'around',
  'across',
  'toward',
  'towards',
  'via',
  'of',
  'inside',
  'visited',
  'visit',
]);

/**
 * Decides whether a resolved mention really names a place. Names of people come first: a place
 * after a given name is a surname ("Michael Jordan", "Denzel Washington"); a given name that is
 * also a place, before a capitalised word, starts a person's name ("Vladimir Putin", "Paris
 * Hilton"). A single-word city must then earn its place: everyday words ("Mobile", "Split",
 * "Nice", "Of") only mid-sentence, standing alone and large; other names by population, or by
 * the article naming their country, or by a locative preposition ("in Narovlya").
 */
export function acceptMention(input: AcceptInput): boolean {
  const { mention, entry, countryInContext, taken, titleCase } = input;
  const { tokens, first, last } = mention;
  const head = tokens[first];
  if (!head) return false;
  const previous = neighbour(
    tokens,
    first - 1,
    tokens[first]?.joinedToPrevious ?? false,
    taken,
    titleCase,
    true,
  );
  const next = neighbour(tokens, last, tokens[last]?.joinedToPrevious ?? false, taken, titleCase, false);
  const name = tokens
    .slice(first, last)
    .map((t) => t.folded)
    .join(' ');
  if (previous === 'given') return false;
  if (GIVEN_NAMES.has(name) && next !== null) return false;
  if (entry.source !== 'city') return true;

  const before = tokens[first - 1]?.folded ?? '';
  const locative = LOCATIVES.has(before) && !head.sentenceInitial;
  const population = entry.population ?? 0;
  if (last - first > 1) return entry.curated || population >= LOCATIVE_CITY || countryInContext || locative;
  if (previous === 'name') return false;
  if (COMMON_WORD_CITY_NAMES.has(name)) {
    if (head.sentenceInitial || next !== null || before === 'the') return false;
    return population >= COMMON_WORD_CITY || (countryInContext && locative);
  }
  const major = entry.featureCode === 'PPLC' || population >= 1_000_000;
  // "Antony Blinken", "Harrison Ford": a town's name before an unknown capitalised word starts a person's name.
  if (next === 'name' && !major && !entry.curated) return false;
  if (entry.curated || major || population >= SELF_EVIDENT_CITY) return true;
  if (countryInContext) return population >= 1_000 || locative;
  return locative && population >= LOCATIVE_CITY;
}

/**
 * Classifies the word beside a mention: 'given' for a given name, 'name' for another capitalised
 * word that is likely part of a person's or organisation's name, null for anything that leaves
 * the place standing alone (lowercase words, titles, function words, sentence starts, other places).
 */
function neighbour(
  tokens: readonly Token[],
  index: number,
  joined: boolean,
  taken: ReadonlySet<number>,
  titleCase: boolean,
  before: boolean,
): 'given' | 'name' | null {
  const token = tokens[index];
  if (!token || !joined || !token.capitalised || taken.has(index)) return null;
  if (GIVEN_NAMES.has(token.folded)) return 'given';
  if (titleCase || token.allCaps) return null;
  if (before && token.sentenceInitial) return null;
  if (FUNCTION_WORDS.has(token.folded) || NAME_CONTEXT_WORDS.has(token.folded)) return null;
  return 'name';
}

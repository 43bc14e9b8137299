import { COMMON_WORD_CITY_NAMES } from './data/common-words';
import { FUNCTION_WORDS, GIVEN_NAMES, NAME_CONTEXT_WORDS } from './data/name-words';
import { REGION_TYPE_WORDS } from './data/region-words';
import type { GazetteerEntry } from './gazetteer-entry';
import type { RawMention } from './scan';
import type { Token } from './tokenize';

/** What acceptance needs beyond the mention: the headline flag and context support. */
export interface AcceptInput {
  mention: RawMention;
  entry: GazetteerEntry;
  /** Some other name of the article (or a demonym) points to the entry's country. */
  countryInContext: boolean;
  /** Some other name of the article points to the entry's region, or a region or country follows it after a comma. */
  regionInContext: boolean;
  /** Listed with a surer place ("Pokrovsk, Chasiv Yar and Toretsk"): a list of places names places. */
  listed: boolean;
  /** Indices of tokens of this paragraph inside another mention. */
  taken: ReadonlySet<number>;
  titleCase: boolean;
}

const TYPE_WORDS: ReadonlySet<string> = new Set(REGION_TYPE_WORDS);

/** Populations above which a city name is taken at its word; below, it needs context. */
const SELF_EVIDENT_CITY = 50_000;
/** A region whose cities hold a million people ("Wales", "Flanders") is named more often than any namesake. */
export const SELF_EVIDENT_REGION = 1_000_000;
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
 * Hilton"). A dateline's place is taken as filed. A region from the world dataset needs a type
 * word ("Adana province"), its country in context or a locative ("in Helmand"): its names
 * include everyday words and surnames ("Delta", "Rivers", "Guerrero"). A single-word city must
 * earn its place: everyday words ("Mobile", "Split", "Nice", "Of") only mid-sentence, standing
 * alone and large; other names by population, or by a locative preposition ("in Narovlya"), or
 * by the article naming their region; a small town whose country alone is named needs a
 * locative too, unless it is a regional capital or listed with surer places, since so many
 * towns carry people's names ("Bradley", "Bryant").
 */
export function acceptMention(input: AcceptInput): boolean {
  const { mention, entry, countryInContext, regionInContext, listed, taken, titleCase } = input;
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
  // "Jordan Henderson": a town after a given name is a surname, even when the given name is a country.
  const before1 = tokens[first - 1];
  if (
    entry.source === 'city' &&
    before1?.capitalised &&
    head.joinedToPrevious &&
    !titleCase &&
    GIVEN_NAMES.has(before1.folded) &&
    entry.featureCode !== 'PPLC' &&
    (entry.population ?? 0) < 1_000_000
  )
    return false;
  const before = tokens[first - 1]?.folded ?? '';
  const locative = LOCATIVES.has(before) && !head.sentenceInitial;
  if (mention.dateline) return true;
  if (entry.source === 'region' && !entry.curated) {
    const typed = last - first > 1 && TYPE_WORDS.has(tokens[last - 1]?.folded ?? '');
    // "Delta Air Lines", "Georgia Power": a bare region name inside a longer capitalised name.
    if (!typed && last - first === 1 && (previous === 'name' || next === 'name')) return false;
    return typed || countryInContext || regionInContext || locative || entry.rank >= SELF_EVIDENT_REGION;
  }
  if (entry.source !== 'city') return true;

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
  if (regionInContext) return true;
  // A regional capital is notable enough for its country to vouch for it ("Meru and Embu", Kenya).
  if (countryInContext) return locative || listed || entry.featureCode === 'PPLA';
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

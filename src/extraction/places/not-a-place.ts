import { GIVEN_NAMES } from './data/name-words';
import { demonymCountryCode } from './demonyms';
import type { GazetteerEntry } from './gazetteer-entry';
import type { RawMention } from './scan';
import type { Token } from './tokenize';

/** Titles of nobility: "Duke of Lancaster", "Prince of Wales" name a title, not where a story is. */
const PEERAGE_TITLES = new Set([
  'duke',
  'duchess',
  'earl',
  'countess',
  'marquess',
  'marchioness',
  'viscount',
  'viscountess',
  'baron',
  'baroness',
  'prince',
  'princess',
]);
/** "Hurricane Milton", "Storm Dennis", "Typhoon Florence": storms carry given names, some of them towns'. */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);
/** Words after a town's name that make the phrase a facility's name ("Orly airport", "Incirlik Air Base"). */
const FACILITY_HEADS = new Set(['airport', 'airfield', 'airbase', 'aerodrome', 'barracks', 'garrison']);
const FACILITY_PAIRS = new Set([
  'air base',
  'naval base',
  'air station',
  'naval station',
  'military base',
  'base',
]);
/** A town at least this big is the place even in its airport's name ("Boston airport"). */
const FACILITY_TOWN = 100_000;

/** What the structural checks need to know about a mention beyond its tokens. */
export interface MentionSetting {
  mention: RawMention;
  entry: GazetteerEntry;
  /** The paragraph's text, for the characters between tokens. */
  text: string;
  titleCase: boolean;
  /** Indices of tokens of this paragraph inside another, surer place name. */
  taken: ReadonlySet<number>;
}

/**
 * Given a mention and what it resolved to, returns why its words here name something other than
 * the place, or null when nothing in its position speaks against it:
 * - `peerage`: "Duke of Lancaster", "Prince of Wales" are titles;
 * - `storm`: "Hurricane Milton", "Storm Dennis" are storms' names;
 * - `facility`: "Orly airport", "Fulwood barracks", "Incirlik Air Base": a small town's name
 *   before such a word names the facility (a base or building is no place by the corpus rules);
 * - `compound`: "Euro-Atlantic", "Sino-Indian": a combining form before the hyphen makes an adjective;
 * - `modifier`: "Pacific Air Forces", "Atlantic Council": a one-word sea or continent before a
 *   capitalised word is part of that name;
 * - `demonym`: "Canadian-led", "American troops": a people's word that is also some town's name.
 */
export function nonPlaceReading(
  setting: MentionSetting,
): 'peerage' | 'storm' | 'facility' | 'compound' | 'modifier' | 'demonym' | null {
  const { mention, entry, text, titleCase, taken } = setting;
  const { tokens, first, last, spanFirst } = mention;
  if (
    last - first === 1 &&
    (entry.source === 'city' || (entry.source === 'region' && !entry.curated)) &&
    demonymCountryCode(tokens[first]?.folded ?? '') !== null
  )
    return 'demonym';
  const of = tokens[spanFirst - 1];
  const title = tokens[spanFirst - 2];
  if (of?.text === 'of' && title && PEERAGE_TITLES.has(title.folded) && entry.source !== 'country')
    return 'peerage';
  const storm = tokens[spanFirst - 1];
  if (storm?.capitalised && tokens[spanFirst]?.joinedToPrevious && STORM_WORDS.has(storm.folded))
    return 'storm';

  const next = tokens[mention.spanLast];
  const afterNext = tokens[mention.spanLast + 1];
  if (
    entry.source === 'city' &&
    !entry.curated &&
    !mention.dateline &&
    (entry.population ?? 0) < FACILITY_TOWN &&
    next?.joinedToPrevious &&
    (FACILITY_HEADS.has(next.folded) ||
      FACILITY_PAIRS.has(next.folded) ||
      (afterNext?.joinedToPrevious && FACILITY_PAIRS.has(`${next.folded} ${afterNext.folded}`)))
  )
    return 'facility';

  const head = tokens[first];
  const previous = tokens[first - 1];
  if (
    head &&
    previous?.capitalised &&
    head.joinedToPrevious &&
    text.charAt(head.start - 1) === '-' &&
    !taken.has(first - 1) &&
    /^\p{L}{3,}o$/u.test(previous.folded)
  )
    return 'compound';

  const after = tokens[last];
  if (
    entry.source === 'feature' &&
    !entry.countryCode &&
    last - first === 1 &&
    !titleCase &&
    after?.capitalised &&
    after.joinedToPrevious &&
    !after.allCaps &&
    !taken.has(last)
  )
    return 'modifier';
  return null;
}

/** A token span where the article names a person, in the paragraph's own offsets. */
export interface NameSpan {
  start: number;
  end: number;
}

/**
 * Given a mention, the entry it resolved to and the person names of its paragraph, tells whether
 * the mention is part of a person's name: inside a longer name ("Thad Cochran", "Dmitry Peskov"),
 * or the whole of one ("Cochran said") when it is only a small town's name or a guess by
 * spelling ("Jordan Henderson" is a footballer). Countries and sizeable places that the name
 * finder took for a whole person's name stay places.
 */
export function insidePersonName(
  mention: RawMention,
  entry: GazetteerEntry,
  people: readonly NameSpan[],
): boolean {
  const start = mention.tokens[mention.first]?.start ?? 0;
  const end = mention.tokens[mention.last - 1]?.end ?? start;
  for (const person of people) {
    if (start < person.start || end > person.end) continue;
    if (start > person.start || end < person.end) return true;
    if (mention.via === 'skeleton' || isBareWorldRegion(mention, entry)) return true;
    return entry.source === 'city' && !entry.curated && (entry.population ?? 0) < FACILITY_TOWN;
  }
  return false;
}

/**
 * Given every paragraph's tokens, returns the folded surnames of people the article names with a
 * given name first ("Jordan Henderson", "Harrison Ford"): later, "Henderson said" is the person.
 */
export function surnamesAfterGivenNames(paragraphs: readonly (readonly Token[])[]): Set<string> {
  const surnames = new Set<string>();
  for (const tokens of paragraphs)
    for (let i = 1; i < tokens.length; i++) {
      const given = tokens[i - 1];
      const surname = tokens[i];
      if (!given?.capitalised || !surname?.capitalised || !surname.joinedToPrevious || surname.allCaps)
        continue;
      if (GIVEN_NAMES.has(given.folded) && !GIVEN_NAMES.has(surname.folded)) surnames.add(surname.folded);
    }
  return surnames;
}

/** A town's or one-word region's name standing for a person the article named in full ("Hidalgo said"). */
export function isNamedPersonsSurname(
  mention: RawMention,
  entry: GazetteerEntry,
  surnames: ReadonlySet<string>,
): boolean {
  if (mention.last - mention.first !== 1 || entry.curated) return false;
  if (entry.source !== 'city' && !isBareWorldRegion(mention, entry)) return false;
  if (entry.featureCode === 'PPLC' || (entry.population ?? 0) >= 1_000_000) return false;
  return surnames.has(mention.tokens[mention.first]?.folded ?? '');
}

/** One bare word of the world's region list ("Hidalgo", "Rivers"): as likely a surname as the region. */
function isBareWorldRegion(mention: RawMention, entry: GazetteerEntry): boolean {
  return entry.source === 'region' && !entry.curated && mention.last - mention.first === 1;
}

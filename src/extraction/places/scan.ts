import { UPPERCASE_PLACE_NAMES } from './data/country-aliases';
import type { Gazetteer } from './gazetteer';
import type { GazetteerEntry } from './gazetteer-entry';
import { foldName, slugify } from './fold';
import { TITLE_PARAGRAPH } from './paragraphs';
import { cyrillicSkeleton } from './skeleton';
import type { Token } from './tokenize';

/** A span of text that may name a place, with every gazetteer entry it could be. */
export interface RawMention {
  paragraph: number;
  tokens: readonly Token[];
  /** Index of the first and one past the last token of the name itself. */
  first: number;
  last: number;
  candidates: readonly GazetteerEntry[];
  /** How the name was found: spelled as in the gazetteer, or only by its transliteration skeleton. */
  via: 'name' | 'skeleton';
  /** "District"/"Raion" follows: the mention is the district named after the town. */
  district: boolean;
  /** "eastern", "northern"… precedes a country: the mention is that part of the country. */
  direction: string | null;
  /**
   * A part of a continent, sea or country named with a compass word, as written: "Northeast
   * Asia", "eastern Mediterranean", "North West of England". Its key folds the spellings of the
   * compass word ("Northeast"/"north-eastern"), so each such area is one place.
   */
  area: { name: string; key: string } | null;
  /** In a dateline ("VAZIANI, Georgia –", "MINSK, 2 March"): the wire names the place it is filed from. */
  dateline: boolean;
  /** A non-place phrase ("Union State"): kept only so its words count as taken. */
  blocked: boolean;
  /** Token span of the whole mention, direction word and "District" included. */
  spanFirst: number;
  spanLast: number;
}

const DISTRICT_WORDS = new Set(['district', 'raion', 'rayon']);
/** Direction words before a country, each with the adjective the place is named by ("east" → "eastern"). */
const DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ['north', 'northern'],
  ['northern', 'northern'],
  ['south', 'southern'],
  ['southern', 'southern'],
  ['east', 'eastern'],
  ['eastern', 'eastern'],
  ['west', 'western'],
  ['western', 'western'],
  ['central', 'central'],
  ['northeast', 'north-eastern'],
  ['northeastern', 'north-eastern'],
  ['northwest', 'north-western'],
  ['northwestern', 'north-western'],
  ['southeast', 'south-eastern'],
  ['southeastern', 'south-eastern'],
  ['southwest', 'south-western'],
  ['southwestern', 'south-western'],
]);
// A dateline opens a paragraph in capitals and ends at a comma, a bracket or a dash ("MOSCOW,
// April 13"), or is a line of its own in capitals ("ANKARA").
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]+?(?=,|\s+\(|\s+[-–—])|^[\p{Lu}][\p{Lu} .'’-]*[\p{Lu}]$/u;
const DATELINE_START = /^\p{Lu}[\p{Lu} .'’-]/u;
const MIN_SKELETON = 4;
/** A word this long may be a town spelled with a letter doubled or not (Mussaffah/Musaffah). */
const MIN_DOUBLED = 6;
/** An all-capital word this long may be a region's name ("CALABARZON"); shorter ones are acronyms. */
const MIN_CAPITALS_NAME = 5;
const COMPASS_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/** Options for one scanned string. */
export interface ScanOptions {
  /** Headlines capitalise every word: treat each as sentence-initial. */
  titleCase: boolean;
  /** An all-capital headline: its words may be names. */
  allCapsTitle: boolean;
}

/** Given a paragraph, returns where its opening dateline ("MOSCOW, April 13 –") ends, or 0. */
export function datelineLength(text: string): number {
  // Most paragraphs open with a capital and a lowercase letter: settle those before the costly match.
  if (!DATELINE_START.test(text)) return 0;
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/**
 * Given one paragraph's tokens, returns the spans that the gazetteer knows, longest name first
 * (1 to `maxTokens` tokens joined by spaces or hyphens, starting at a capitalised word). Only
 * capitalised starts are looked up: "turkey" the bird and "west" the direction never reach the map.
 */
export function scanParagraph(
  paragraph: number,
  text: string,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  options: ScanOptions,
): RawMention[] {
  const mentions: RawMention[] = [];
  const datelineEnd = paragraph === TITLE_PARAGRAPH ? 0 : datelineLength(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.capitalised) continue;
    const inDateline = token.end <= datelineEnd;
    // Outside datelines an all-capital word is an acronym ("VK", "NATO"), unless it is long and
    // names a region, a sea or a country ("CALABARZON"): no town is ever written so.
    const acronymLike =
      token.allCaps && !options.allCapsTitle && !inDateline && !UPPERCASE_PLACE_NAMES.has(token.text);
    if (acronymLike && token.text.length < MIN_CAPITALS_NAME) continue;
    const match = longestMatch(tokens, i, gazetteer);
    const candidates = acronymLike ? match?.[1].filter((c) => c.source !== 'city') : match?.[1];
    if (match && candidates && candidates.length > 0) {
      const count = match[0];
      mentions.push(makeMention(paragraph, tokens, text, i, i + count, candidates, 'name', inDateline));
      i += count - 1;
      continue;
    }
    if (acronymLike) continue;
    const skeleton = isolated(tokens, i) ? skeletonCandidates(token, gazetteer) : [];
    if (skeleton.length > 0)
      mentions.push(makeMention(paragraph, tokens, text, i, i + 1, skeleton, 'skeleton', inDateline));
  }
  pluralRegions(mentions, gazetteer);
  return mentions;
}

const PLURAL_REGION_WORDS = new Set([
  'regions',
  'oblasts',
  'provinces',
  'states',
  'counties',
  'governorates',
  'prefectures',
  'departments',
]);

/**
 * "the Belgorod and Kursk regions": a plural region word after a list of town names makes each
 * of them the region named after it, when the gazetteer has one. The plural word joins the span
 * of the last name only, the one it stands next to.
 */
function pluralRegions(mentions: RawMention[], gazetteer: Gazetteer): void {
  for (let m = mentions.length - 1; m >= 0; m--) {
    const last = mentions[m];
    const plural = last?.tokens[last.last];
    if (!last || !plural?.joinedToPrevious || !PLURAL_REGION_WORDS.has(plural.folded)) continue;
    for (let k = m; k >= 0; k--) {
      const mention = mentions[k];
      if (!mention) break;
      const regions = gazetteer
        .lookup(`${mentionName(mention)} region`)
        ?.filter((e) => e.source === 'region');
      if (!regions?.length) break;
      mentions[k] = {
        ...mention,
        candidates: regions,
        district: false,
        area: null,
        spanLast: k === m ? mention.last + 1 : mention.spanLast,
      };
      const previous = mentions[k - 1];
      const between = previous ? mention.tokens.slice(previous.last, mention.first).map((t) => t.folded) : [];
      const listed = between.length === 0 || (between.length === 1 && between[0] === 'and');
      if (!previous || previous.tokens !== mention.tokens || !listed) break;
    }
  }
}

function longestMatch(
  tokens: readonly Token[],
  start: number,
  gazetteer: Gazetteer,
): [number, readonly GazetteerEntry[]] | null {
  let key = '';
  const keys: string[] = [];
  let capitalisedRun = 0;
  for (let j = start; j < tokens.length && j - start < gazetteer.maxTokens; j++) {
    const token = tokens[j];
    if (!token || (j > start && !token.joinedToPrevious)) break;
    key = j === start ? token.folded : `${key} ${token.folded}`;
    keys.push(key);
    if (capitalisedRun === j - start && token.capitalised) capitalisedRun += 1;
  }
  for (let n = keys.length; n >= 1; n--) {
    const candidates = gazetteer.lookup(keys[n - 1] ?? '');
    if (candidates) return [n, candidates];
    // "Hà Nội", "Việt Nam": capitalised syllables of one name written apart.
    if (n > 1 && n <= capitalisedRun) {
      const joined = gazetteer.joinedLookup(keys[n - 1] ?? '');
      if (joined.length > 0) return [n, joined];
    }
  }
  return null;
}

/**
 * A skeleton match is a guess, so it needs a word that can only be a name: mid-sentence and not
 * beside another capitalised word ("Ships" opening a sentence is no Shepsi).
 */
function isolated(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!token || token.sentenceInitial || token.allCaps) return false;
  if (previous?.capitalised && token.joinedToPrevious) return false;
  return !(next?.capitalised && next.joinedToPrevious);
}

function skeletonCandidates(token: Token, gazetteer: Gazetteer): GazetteerEntry[] {
  if (token.folded.length < 5 || token.folded.includes(' ')) return [];
  const doubled = token.folded.length >= MIN_DOUBLED ? gazetteer.doubledLetterLookup(token.folded) : [];
  const skeleton = cyrillicSkeleton(token.folded);
  if (skeleton.length < MIN_SKELETON) return [...doubled];
  // Same first letter and nearly the same length: "Aleksandr" is no spelling of "Aleksandriya".
  const cyrillic = gazetteer
    .skeletonLookup(skeleton)
    .filter(
      (e) =>
        foldName(e.name).charAt(0) === token.folded.charAt(0) &&
        Math.abs(foldName(e.name).length - token.folded.length) <= 2,
    );
  return [...new Set([...doubled, ...cyrillic])];
}

function makeMention(
  paragraph: number,
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  candidates: readonly GazetteerEntry[],
  via: RawMention['via'],
  dateline: boolean,
): RawMention {
  const next = tokens[last];
  const district = Boolean(next?.joinedToPrevious && DISTRICT_WORDS.has(next.folded));
  const top = candidates[0];
  const isCountry = top?.source === 'country';
  // Continents, oceans and seas have parts too ("Northeast Asia", "eastern Mediterranean").
  const isOpenArea = top?.source === 'feature' && !top.countryCode;
  const compass = compassBefore(tokens, first);
  let direction: string | null = null;
  let area: RawMention['area'] = null;
  let spanFirst = first;
  if (compass && (isCountry || isOpenArea) && tokens[first]?.joinedToPrevious) {
    const adjective = DIRECTIONS.get(compass.folded) ?? null;
    if (isCountry) direction = adjective;
    else if (top && adjective) {
      const written = text.slice(tokens[compass.first]?.start ?? 0, tokens[first - 1]?.end ?? 0);
      area = { name: `${written} ${top.name}`, key: slugify(`${adjective} ${top.name}`) };
    }
    if (adjective) spanFirst = compass.first;
  }
  const compassOf = compassOfBefore(tokens, first);
  if (!direction && !area && compassOf !== null && top && top.source !== 'city') {
    const name = text.slice(tokens[compassOf]?.start ?? 0, tokens[last - 1]?.end ?? 0);
    area = { name, key: `${slugify(name)}${top.countryCode ? `-${top.countryCode.toLowerCase()}` : ''}` };
    spanFirst = compassOf;
  }
  const blocked = candidates.some((c) => c.source === 'blocked');
  const spanLast = district ? last + 1 : last;
  return {
    paragraph,
    tokens,
    first,
    last,
    candidates,
    via,
    district,
    direction,
    area,
    dateline,
    blocked,
    spanFirst,
    spanLast,
  };
}

/** The compass word right before token `first` ("eastern", "north-east"), with where it starts. */
function compassBefore(tokens: readonly Token[], first: number): { folded: string; first: number } | null {
  const previous = tokens[first - 1];
  if (!previous) return null;
  const before = tokens[first - 2];
  if (
    before &&
    /^(north|south)$/.test(before.folded) &&
    previous.joinedToPrevious &&
    /^(east|west|eastern|western)$/.test(previous.folded)
  )
    return { folded: `${before.folded}${previous.folded}`, first: first - 2 };
  return DIRECTIONS.has(previous.folded) ? { folded: previous.folded, first: first - 1 } : null;
}

/**
 * "North West of England", "South East of Scotland": capitalised compass words, then "of", then
 * a place name a region of it. Returns the index of the first compass word, or null.
 */
function compassOfBefore(tokens: readonly Token[], first: number): number | null {
  const of = tokens[first - 1];
  if (of?.text !== 'of' || !tokens[first]?.joinedToPrevious) return null;
  let start = first - 1;
  while (start > first - 3) {
    const word = tokens[start - 1];
    if (!word?.capitalised || !COMPASS_WORDS.has(word.folded) || !tokens[start]?.joinedToPrevious) break;
    start -= 1;
  }
  return start < first - 1 ? start : null;
}

/** Given a mention, returns its words folded: the identity under which it gives evidence. */
export function mentionName(mention: RawMention): string {
  return mention.tokens
    .slice(mention.first, mention.last)
    .map((t) => t.folded)
    .join(' ');
}

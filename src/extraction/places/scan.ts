import { UPPERCASE_PLACE_NAMES } from './data/country-aliases';
import type { Gazetteer } from './gazetteer';
import type { GazetteerEntry } from './gazetteer-entry';
import { foldName } from './fold';
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
// A dateline opens a paragraph in capitals and ends at a comma, a bracket or a dash: "MOSCOW, April 13".
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]+?(?=,|\s+\(|\s+[-–—])/u;
const MIN_SKELETON = 4;

/** Options for one scanned string. */
export interface ScanOptions {
  /** Headlines capitalise every word: treat each as sentence-initial. */
  titleCase: boolean;
  /** An all-capital headline: its words may be names. */
  allCapsTitle: boolean;
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
  const datelineEnd = DATELINE.exec(text)?.[0].length ?? 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.capitalised) continue;
    if (
      token.allCaps &&
      !options.allCapsTitle &&
      token.end > datelineEnd &&
      !UPPERCASE_PLACE_NAMES.has(token.text)
    )
      continue;
    const match = longestMatch(tokens, i, gazetteer);
    if (match) {
      const [count, candidates] = match;
      mentions.push(makeMention(paragraph, tokens, i, i + count, candidates, 'name'));
      i += count - 1;
      continue;
    }
    const skeleton = isolated(tokens, i) ? skeletonCandidates(token, gazetteer) : [];
    if (skeleton.length > 0) mentions.push(makeMention(paragraph, tokens, i, i + 1, skeleton, 'skeleton'));
  }
  pluralRegions(mentions, gazetteer);
  return mentions;
}

const PLURAL_REGION_WORDS = new Set(['regions', 'oblasts', 'provinces']);

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
  for (let j = start; j < tokens.length && j - start < gazetteer.maxTokens; j++) {
    const token = tokens[j];
    if (!token || (j > start && !token.joinedToPrevious)) break;
    key = j === start ? token.folded : `${key} ${token.folded}`;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const candidates = gazetteer.lookup(keys[n - 1] ?? '');
    if (candidates) return [n, candidates];
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
  const skeleton = cyrillicSkeleton(token.folded);
  if (skeleton.length < MIN_SKELETON) return [];
  // Same first letter and nearly the same length: "Aleksandr" is no spelling of "Aleksandriya".
  return gazetteer
    .skeletonLookup(skeleton)
    .filter(
      (e) =>
        foldName(e.name).charAt(0) === token.folded.charAt(0) &&
        Math.abs(foldName(e.name).length - token.folded.length) <= 2,
    );
}

function makeMention(
  paragraph: number,
  tokens: readonly Token[],
  first: number,
  last: number,
  candidates: readonly GazetteerEntry[],
  via: RawMention['via'],
): RawMention {
  const next = tokens[last];
  const district = Boolean(next?.joinedToPrevious && DISTRICT_WORDS.has(next.folded));
  const previous = tokens[first - 1];
  const isCountry = candidates[0]?.source === 'country';
  const hyphenated =
    previous && tokens[first - 2]?.folded.match(/^(north|south)$/) && previous.joinedToPrevious;
  const directionWord = hyphenated ? `${tokens[first - 2]?.folded}${previous.folded}` : previous?.folded;
  const direction =
    isCountry && directionWord && tokens[first]?.joinedToPrevious
      ? (DIRECTIONS.get(directionWord) ?? null)
      : null;
  const blocked = candidates.some((c) => c.source === 'blocked');
  const spanFirst = direction ? first - (hyphenated ? 2 : 1) : first;
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
    blocked,
    spanFirst,
    spanLast,
  };
}

/** Given a mention, returns its words folded: the identity under which it gives evidence. */
export function mentionName(mention: RawMention): string {
  return mention.tokens
    .slice(mention.first, mention.last)
    .map((t) => t.folded)
    .join(' ');
}

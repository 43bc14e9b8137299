import type { ExtractedLocation } from '../types';
import { acceptMention } from './accept';
import { chooseEntry } from './choose';
import { buildContext, supports, type PlaceContext } from './context';
import { datelinePlace } from './dateline-place';
import { demonymCountryCode } from './demonyms';
import { areaLocation, directionLocation, districtLocation, entryLocation } from './derived-places';
import { entryParent } from './entry-key';
import { getGazetteer } from './gazetteer';
import type { GazetteerEntry } from './gazetteer-entry';
import {
  insidePersonName,
  isNamedPersonsSurname,
  nonPlaceReading,
  surnamesAfterGivenNames,
  type NameSpan,
} from './not-a-place';
import { DATELINE_PARAGRAPH, TITLE_PARAGRAPH } from './paragraphs';
import { mentionName, scanParagraph, type RawMention } from './scan';
import { tokenize, type Token } from './tokenize';

/** Where an article names a place: paragraph -1 is the title, -2 the dateline; offsets are into that string. */
export interface PlaceMention {
  key: string;
  paragraph: number;
  start: number;
  end: number;
  surface: string;
}

/** Where the article names a person, as entity discovery found it: offsets into the paragraph. */
export interface PersonSpan extends NameSpan {
  paragraph: number;
}

/** The article text place finding reads. */
export interface PlaceInput {
  title: string;
  /** The dateline printed on a line of its own ("MINSK, 2 March"), if the article has one. */
  dateline?: string | null;
  paragraphs: readonly string[];
  /** Where the article names people: a place name inside a person's name is no place ("Thad Cochran"). */
  people?: readonly PersonSpan[];
}

/** Every place an article names, with its ancestors, and where each is named. */
export interface PlaceResult {
  locations: ExtractedLocation[];
  mentions: PlaceMention[];
}

/** One string place finding reads: the headline, the dateline or a paragraph. */
interface Source {
  paragraph: number;
  text: string;
  tokens: Token[];
}

/**
 * Given an article's title, dateline and paragraphs, returns the places it names and where. Each
 * span is looked up in the gazetteer (longest name first), resolved against the article's other
 * places and the peoples it names, filtered for people's names, titles, facilities and everyday
 * words, and returned with its whole parent chain (city → region → country), each location once,
 * in order of first mention. Only `mentions` say what the text names; ancestors it does not name
 * are in `locations` for the chain alone.
 */
export function findPlaces(input: PlaceInput): PlaceResult {
  const gazetteer = getGazetteer();
  const titleCase = isTitleCase(input.title);
  const allCapsTitle = /\p{Lu}{3}/u.test(input.title) && input.title === input.title.toUpperCase();
  const sources: Source[] = [
    { paragraph: TITLE_PARAGRAPH, text: input.title, tokens: tokenize(input.title) },
    ...(input.dateline
      ? [{ paragraph: DATELINE_PARAGRAPH, text: input.dateline, tokens: tokenize(input.dateline) }]
      : []),
    ...input.paragraphs.map((text, index) => ({ paragraph: index, text, tokens: tokenize(text) })),
  ];
  const textOf = new Map(sources.map((source) => [source.paragraph, source.text]));
  const raw: RawMention[] = [];
  for (const source of sources) {
    const isTitle = source.paragraph === TITLE_PARAGRAPH;
    if (isTitle && titleCase) for (const token of source.tokens) token.sentenceInitial = true;
    const found = scanParagraph(source.paragraph, source.text, source.tokens, gazetteer, {
      titleCase: isTitle && titleCase,
      allCapsTitle: isTitle && allCapsTitle,
    });
    const filed = datelinePlace(source.paragraph, source.text, source.tokens, found);
    raw.push(...(filed ? [filed] : []), ...found);
  }
  const context = buildContext(raw);
  addDemonyms(context, sources, raw);
  const taken = takenTokens(raw);
  const people = peopleByParagraph(input.people ?? []);
  const surnames = surnamesAfterGivenNames(sources.map((source) => source.tokens));

  const locations = new Map<string, ExtractedLocation>();
  const mentions: PlaceMention[] = [];
  const addWithAncestors = (entry: GazetteerEntry | undefined): void => {
    for (let e = entry; e; e = entryParent(e, gazetteer)) {
      const location = entryLocation(e, gazetteer);
      if (!locations.has(location.key)) locations.set(location.key, location);
    }
  };

  raw.forEach((mention, index) => {
    if (mention.blocked) return;
    const text = textOf.get(mention.paragraph) ?? '';
    const appositive = appositiveEntry(raw, index, text);
    const entry = chooseEntry(mention, appositive, context);
    if (!entry) return;
    const name = mentionName(mention);
    const code = entry.countryCode ?? '';
    const paragraphTaken = taken.get(mention.paragraph) ?? new Set<number>();
    const titleOfMention = mention.paragraph === TITLE_PARAGRAPH && titleCase;
    if (insidePersonName(mention, entry, people.get(mention.paragraph) ?? [])) return;
    if (isNamedPersonsSurname(mention, entry, surnames)) return;
    if (nonPlaceReading({ mention, entry, text, titleCase: titleOfMention, taken: paragraphTaken })) return;
    const accepted = acceptMention({
      mention,
      entry,
      countryInContext:
        supports(context.countries, code, name) || appositive?.countryCode === entry.countryCode,
      regionInContext:
        supports(context.regions, `${code}:${entry.admin1}`, name) ||
        (appositive !== undefined && appositive.source === 'region' && appositive.admin1 === entry.admin1),
      listed: listedWithSurePlace(raw, index, text),
      taken: paragraphTaken,
      titleCase: titleOfMention,
    });
    if (!accepted) return;

    let location: ExtractedLocation;
    if (mention.district && entry.source === 'city') {
      const region = appositive?.source === 'region' ? appositive : undefined;
      const district = districtLocation(entry, region, gazetteer);
      location = district.location;
      addWithAncestors(district.parent);
    } else if (mention.direction && entry.source === 'country') {
      location = directionLocation(entry, mention.direction);
      addWithAncestors(entry);
    } else if (mention.area && entry.source !== 'city') {
      location = areaLocation(entry, mention.area, gazetteer);
      addWithAncestors(entry);
    } else {
      addWithAncestors(entry);
      location = entryLocation(entry, gazetteer);
    }
    if (!locations.has(location.key)) locations.set(location.key, location);
    const start = mention.tokens[mention.spanFirst]?.start ?? 0;
    const end = mention.tokens[mention.spanLast - 1]?.end ?? start;
    mentions.push({
      key: location.key,
      paragraph: mention.paragraph,
      start,
      end,
      surface: text.slice(start, end),
    });
  });
  return { locations: [...locations.values()], mentions };
}

/** A headline in Title Case capitalises ordinary words, so capitals there say nothing about names. */
function isTitleCase(title: string): boolean {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => w.charAt(0) !== w.charAt(0).toLowerCase()).length;
  return capitalised / words.length >= 0.75;
}

/** The place written right after a mention, after a comma ("Moscow, Idaho"), if it is a region or a country. */
function appositiveEntry(
  raw: readonly RawMention[],
  index: number,
  text: string,
): GazetteerEntry | undefined {
  const mention = raw[index];
  const next = raw[index + 1];
  if (!mention || !next || next.blocked || next.paragraph !== mention.paragraph) return undefined;
  const end = mention.tokens[mention.spanLast - 1]?.end ?? 0;
  const start = next.tokens[next.spanFirst]?.start ?? 0;
  if (!/^,\s*$/.test(text.slice(end, start))) return undefined;
  const container = next.candidates[0];
  return container && (container.source === 'region' || container.source === 'country')
    ? container
    : undefined;
}

/**
 * "the Estonian analogue", "Kazakh officials": a people's name is no place, but it says which
 * country the story is about, so it counts as evidence for that country's towns and regions.
 */
function addDemonyms(context: PlaceContext, sources: readonly Source[], raw: readonly RawMention[]): void {
  const inMention = new Map<number, Uint8Array>();
  for (const mention of raw) {
    let marks = inMention.get(mention.paragraph);
    if (!marks) inMention.set(mention.paragraph, (marks = new Uint8Array(mention.tokens.length)));
    marks.fill(1, mention.spanFirst, mention.spanLast);
  }
  for (const source of sources) {
    const marks = inMention.get(source.paragraph);
    source.tokens.forEach((token, i) => {
      if (!token.capitalised || marks?.[i]) return;
      const code = demonymCountryCode(token.folded);
      if (!code) return;
      const names = context.countries.get(code);
      const name = `demonym:${token.folded}`;
      if (names) names.add(name);
      else context.countries.set(code, new Set([name]));
    });
  }
}

const LIST_GAP = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+|\s+or\s+)$/;

/**
 * Whether the mention stands in a list ("A, B and C") beside a name that is surely a place: a
 * country, region or area, a name of several words ("Chasiv Yar") or a city of 50k or more.
 */
function listedWithSurePlace(raw: readonly RawMention[], index: number, text: string): boolean {
  const mention = raw[index];
  if (!mention) return false;
  for (const other of [raw[index - 1], raw[index + 1]]) {
    if (!other || other.blocked || other.paragraph !== mention.paragraph) continue;
    const top = other.candidates[0];
    const single = other.last - other.first === 1;
    if (!top || (single && top.source === 'city' && !top.curated && (top.population ?? 0) < 50_000)) continue;
    const [left, right] = other === raw[index - 1] ? [other, mention] : [mention, other];
    const gap = text.slice(
      left.tokens[left.spanLast - 1]?.end ?? 0,
      right.tokens[right.spanFirst]?.start ?? 0,
    );
    if (LIST_GAP.test(gap)) return true;
  }
  return false;
}

function peopleByParagraph(people: readonly PersonSpan[]): Map<number, NameSpan[]> {
  const byParagraph = new Map<number, NameSpan[]>();
  for (const person of people) {
    const list = byParagraph.get(person.paragraph);
    if (list) list.push(person);
    else byParagraph.set(person.paragraph, [person]);
  }
  return byParagraph;
}

/**
 * Token indices inside a mention that is surely a place (a country, region, area or large city),
 * per paragraph: such a word beside a name is a place, not part of a person's name. Small towns
 * do not count: "Hilton" after "Paris" is a surname.
 */
function takenTokens(raw: readonly RawMention[]): Map<number, Set<number>> {
  const taken = new Map<number, Set<number>>();
  for (const mention of raw) {
    const top = mention.candidates[0];
    if (!top || (top.source === 'city' && (top.population ?? 0) < 100_000)) continue;
    let set = taken.get(mention.paragraph);
    if (!set) taken.set(mention.paragraph, (set = new Set()));
    for (let i = mention.spanFirst; i < mention.spanLast; i++) set.add(i);
  }
  return taken;
}

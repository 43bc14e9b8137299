import type { ExtractedLocation } from '../types';
import { acceptMention } from './accept';
import { chooseEntry } from './choose';
import { buildContext, supports } from './context';
import { directionLocation, districtLocation, entryLocation } from './derived-places';
import { entryParent } from './entry-key';
import { getGazetteer } from './gazetteer';
import type { GazetteerEntry } from './gazetteer-entry';
import { mentionName, scanParagraph, type RawMention } from './scan';
import { tokenize } from './tokenize';

/** Where an article names a place: paragraph -1 is the title; offsets are into that string. */
export interface PlaceMention {
  key: string;
  paragraph: number;
  start: number;
  end: number;
  surface: string;
}

/** The article text place finding reads. */
export interface PlaceInput {
  title: string;
  paragraphs: readonly string[];
}

/** Every place an article names, with its ancestors, and where each is named. */
export interface PlaceResult {
  locations: ExtractedLocation[];
  mentions: PlaceMention[];
}

/**
 * Given an article's title and paragraphs, returns the places it names and where. Each span is
 * looked up in the gazetteer (longest name first), resolved against the article's other places,
 * filtered for people's names and everyday words, and returned with its whole parent chain
 * (city → region → country), each location once, in order of first mention.
 */
export function findPlaces(input: PlaceInput): PlaceResult {
  const gazetteer = getGazetteer();
  const texts = [input.title, ...input.paragraphs];
  const titleCase = isTitleCase(input.title);
  const allCapsTitle = /\p{Lu}{3}/u.test(input.title) && input.title === input.title.toUpperCase();
  const raw: RawMention[] = [];
  texts.forEach((text, index) => {
    const isTitle = index === 0;
    const tokens = tokenize(text);
    if (isTitle && titleCase) for (const token of tokens) token.sentenceInitial = true;
    raw.push(
      ...scanParagraph(index - 1, text, tokens, gazetteer, {
        titleCase: isTitle && titleCase,
        allCapsTitle: isTitle && allCapsTitle,
      }),
    );
  });
  const context = buildContext(raw);
  const taken = takenTokens(raw);

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
    const appositive = appositiveEntry(raw, index, texts);
    const entry = chooseEntry(mention, appositive, context);
    if (!entry) return;
    const countryInContext = supports(context.countries, entry.countryCode ?? '', mentionName(mention));
    const accepted = acceptMention({
      mention,
      entry,
      countryInContext:
        countryInContext || (appositive?.countryCode === entry.countryCode && appositive !== undefined),
      taken: taken.get(mention.paragraph) ?? new Set(),
      titleCase: mention.paragraph === -1 && titleCase,
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
    } else {
      addWithAncestors(entry);
      location = entryLocation(entry, gazetteer);
    }
    if (!locations.has(location.key)) locations.set(location.key, location);
    const text = texts[mention.paragraph + 1] ?? '';
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
  texts: readonly string[],
): GazetteerEntry | undefined {
  const mention = raw[index];
  const next = raw[index + 1];
  if (!mention || !next || next.blocked || next.paragraph !== mention.paragraph) return undefined;
  const end = mention.tokens[mention.spanLast - 1]?.end ?? 0;
  const start = next.tokens[next.spanFirst]?.start ?? 0;
  if (!/^,\s*$/.test((texts[mention.paragraph + 1] ?? '').slice(end, start))) return undefined;
  const container = next.candidates[0];
  return container && (container.source === 'region' || container.source === 'country')
    ? container
    : undefined;
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

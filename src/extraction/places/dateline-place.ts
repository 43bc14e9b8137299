import { slugify } from './fold';
import { DATELINE_PARAGRAPH, TITLE_PARAGRAPH } from './paragraphs';
import type { GazetteerEntry } from './gazetteer-entry';
import { datelineLength, type RawMention } from './scan';
import type { Token } from './tokenize';

const MAX_PLACE_WORDS = 3;

/**
 * "VAZIANI, Georgia –": a wire dateline names the place a story is filed from in capitals, then
 * its country or state. When the gazetteer does not know that place (a base, a village), the
 * dateline is still its evidence: returns a mention of a place by that name inside the country
 * or region that follows, or null when the dateline names a known place or none.
 */
export function datelinePlace(
  paragraph: number,
  text: string,
  tokens: readonly Token[],
  found: readonly RawMention[],
): RawMention | null {
  if (paragraph < DATELINE_PARAGRAPH || paragraph === TITLE_PARAGRAPH || !tokens[0]?.allCaps) return null;
  const comma = text.indexOf(',');
  if (comma < 0 || datelineLength(text) < comma) return null;
  let last = 0;
  while (last < tokens.length && (tokens[last]?.end ?? comma) <= comma) last += 1;
  const words = tokens.slice(0, last);
  if (words.length === 0 || words.length > MAX_PLACE_WORDS || !words.every((t) => t.allCaps)) return null;
  if (found.some((mention) => mention.first < last)) return null;
  const container = found.find((mention) => mention.first === last)?.candidates[0];
  if (!container?.countryCode || (container.source !== 'country' && container.source !== 'region'))
    return null;

  const name = words.map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase()).join(' ');
  const entry: GazetteerEntry = {
    key: `${slugify(name)}-${container.countryCode.toLowerCase()}`,
    name,
    kind: 'city',
    source: 'city',
    countryCode: container.countryCode,
    admin1: container.source === 'region' ? container.admin1 : '',
    latitude: null,
    longitude: null,
    population: null,
    rank: 0,
    parentKey: null,
    featureCode: '',
    geonameId: 0,
    curated: true,
  };
  return {
    paragraph,
    tokens,
    first: 0,
    last,
    candidates: [entry],
    via: 'name',
    district: false,
    direction: null,
    area: null,
    dateline: true,
    blocked: false,
    spanFirst: 0,
    spanLast: last,
  };
}

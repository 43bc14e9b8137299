import type { QuoteKind } from '../types';

/** A hand-labelled quote of the corpus (`NAME.gold.json`). */
export interface GoldQuote {
  text: string;
  /** The speaker's fullest name, or null for an unnamed source ("officials said"). */
  speaker: string | null;
  kind: QuoteKind;
  cue: string | null;
  /** A debatable item: finding it is neither rewarded nor punished, missing it is not counted. */
  optional: boolean;
}

/** The labels of one corpus article. */
export interface GoldArticle {
  quotes: GoldQuote[];
  speakers: { name: string; role: string | null; aliases: string[] }[];
  locations: string[];
  /** Topic name ("military bases") → indices into `quotes` of the quotes about it. */
  topicsByQuote: Record<string, number[]>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readQuote(quote: unknown, index: number): GoldQuote {
  if (!isRecord(quote) || typeof quote.text !== 'string')
    throw new Error(`gold: quote ${index} needs a "text"`);
  if (quote.speaker !== null && typeof quote.speaker !== 'string')
    throw new Error(`gold: quote ${index} needs a "speaker" (a name or null)`);
  if (quote.kind !== 'direct' && quote.kind !== 'indirect')
    throw new Error(`gold: quote ${index} needs a "kind" of "direct" or "indirect"`);
  return {
    text: quote.text,
    speaker: quote.speaker,
    kind: quote.kind,
    cue: typeof quote.cue === 'string' ? quote.cue : null,
    optional: quote.optional === true,
  };
}

function readTopics(json: unknown, quoteCount: number): Record<string, number[]> {
  if (!isRecord(json)) return {};
  const topics: Record<string, number[]> = {};
  for (const [name, indices] of Object.entries(json)) {
    if (!Array.isArray(indices) || !indices.every((i) => Number.isInteger(i) && i >= 0 && i < quoteCount))
      throw new Error(`gold: topics_by_quote["${name}"] must list indices into "quotes"`);
    topics[name] = indices as number[];
  }
  return topics;
}

/** Given parsed gold JSON, returns it typed, or throws naming what is missing. */
export function readGold(json: unknown): GoldArticle {
  if (!isRecord(json) || !Array.isArray(json.quotes)) throw new Error('gold: "quotes" array missing');
  const quotes = json.quotes.map(readQuote);
  const speakers = Array.isArray(json.speakers)
    ? json.speakers.filter(isRecord).map((speaker) => ({
        name: String(speaker.name ?? ''),
        role: typeof speaker.role === 'string' ? speaker.role : null,
        aliases: Array.isArray(speaker.aliases) ? speaker.aliases.map(String) : [],
      }))
    : [];
  const locations = Array.isArray(json.locations) ? json.locations.map(String) : [];
  return { quotes, speakers, locations, topicsByQuote: readTopics(json.topics_by_quote, quotes.length) };
}

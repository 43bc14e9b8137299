import type { QuoteKind } from '../types';

/** A hand-labelled quote of the corpus (`NAME.gold.json`). */
export interface GoldQuote {
  text: string;
  speaker: string;
  kind: QuoteKind;
  cue: string | null;
}

/** The labels of one corpus article. */
export interface GoldArticle {
  quotes: GoldQuote[];
  speakers: { name: string; role: string | null; aliases: string[] }[];
  locations: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Given parsed gold JSON, returns it typed, or throws naming what is missing. */
export function readGold(json: unknown): GoldArticle {
  if (!isRecord(json) || !Array.isArray(json.quotes)) throw new Error('gold: "quotes" array missing');
  const quotes = json.quotes.map((quote: unknown, index): GoldQuote => {
    if (!isRecord(quote) || typeof quote.text !== 'string' || typeof quote.speaker !== 'string') {
      throw new Error(`gold: quote ${index} needs "text" and "speaker"`);
    }
    return {
      text: quote.text,
      speaker: quote.speaker,
      kind: quote.kind === 'indirect' ? 'indirect' : 'direct',
      cue: typeof quote.cue === 'string' ? quote.cue : null,
    };
  });
  const speakers = Array.isArray(json.speakers)
    ? json.speakers.filter(isRecord).map((speaker) => ({
        name: String(speaker.name ?? ''),
        role: typeof speaker.role === 'string' ? speaker.role : null,
        aliases: Array.isArray(speaker.aliases) ? speaker.aliases.map(String) : [],
      }))
    : [];
  const locations = Array.isArray(json.locations) ? json.locations.map(String) : [];
  return { quotes, speakers, locations };
}

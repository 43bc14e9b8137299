import { sameplace } from '../places/scoring';
import { speakerMatchKeys } from '../speakers/speaker-match-keys';
import type { ExtractionResult, QuoteKind } from '../types';
import type { GoldArticle } from './gold-article';
import { matchQuotes } from './match-quotes';

/** The overlap thresholds quotes are scored at: near-exact and loose. */
export const THRESHOLDS = [0.8, 0.3] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/** Counts behind a precision/recall figure. */
export interface Counts {
  gold: number;
  extracted: number;
  matched: number;
}

/** The raw counts of one article's scoring, and what went wrong, for people to read. */
export interface ArticleScore {
  name: string;
  quotes: Record<QuoteKind, Record<Threshold, Counts>>;
  /** Speakers judged on quotes matched at the loose threshold. */
  speakers: { judged: number; correct: number };
  locations: Counts;
  notes: string[];
}

function speakerIsRight(
  result: ExtractionResult,
  speakerKey: string | null,
  goldName: string,
  gold: GoldArticle,
): boolean {
  const speaker = result.speakers.find((candidate) => candidate.key === speakerKey);
  if (speaker === undefined) return false;
  const goldSpeaker = gold.speakers.find((candidate) => candidate.name === goldName);
  const goldKeys = new Set(
    [goldName, ...(goldSpeaker?.aliases ?? [])].map((name) => speakerMatchKeys(name).fullKey),
  );
  return (
    [speaker.name, ...speaker.aliases].some((name) => goldKeys.has(speakerMatchKeys(name).fullKey)) ||
    goldKeys.has(speaker.key)
  );
}

/**
 * Given an article's name, its extraction and its gold labels, returns the counts: per kind and
 * threshold the gold, extracted and one-to-one matched quotes; the speakers right on quotes matched
 * at the loose threshold; the places the text names against gold places (by name or alias).
 */
export function scoreArticle(name: string, result: ExtractionResult, gold: GoldArticle): ArticleScore {
  const notes: string[] = [];
  const speakers = { judged: 0, correct: 0 };
  const quotes = {} as Record<QuoteKind, Record<Threshold, Counts>>;
  for (const kind of ['direct', 'indirect'] as const) {
    const goldQuotes = gold.quotes.filter((quote) => quote.kind === kind);
    const extracted = result.quotes.filter((quote) => quote.kind === kind);
    quotes[kind] = {} as Record<Threshold, Counts>;
    for (const threshold of THRESHOLDS) {
      const pairs = matchQuotes(
        goldQuotes.map((quote) => quote.text),
        extracted.map((quote) => quote.text),
        threshold,
      );
      quotes[kind][threshold] = {
        gold: goldQuotes.length,
        extracted: extracted.length,
        matched: pairs.length,
      };
      if (threshold !== 0.3) continue;
      for (const pair of pairs) {
        const goldQuote = goldQuotes[pair.gold];
        const quote = extracted[pair.extracted];
        if (goldQuote === undefined || quote === undefined) continue;
        speakers.judged += 1;
        if (speakerIsRight(result, quote.speakerKey, goldQuote.speaker, gold)) speakers.correct += 1;
        else
          notes.push(
            `speaker: "${quote.text.slice(0, 50)}…" gave ${quote.speakerKey ?? 'nobody'}, gold ${goldQuote.speaker}`,
          );
        if (pair.overlap < 0.8)
          notes.push(`${kind} loose (${pair.overlap.toFixed(2)}): "${quote.text.slice(0, 70)}…"`);
      }
      goldQuotes.forEach((quote, index) => {
        if (!pairs.some((pair) => pair.gold === index))
          notes.push(`${kind} missed: "${quote.text.slice(0, 70)}…"`);
      });
      extracted.forEach((quote, index) => {
        if (!pairs.some((pair) => pair.extracted === index))
          notes.push(`${kind} extra: "${quote.text.slice(0, 70)}…"`);
      });
    }
  }
  const namedKeys = new Set(result.namedLocationKeys ?? result.locations.map((location) => location.key));
  const named = result.locations.filter((location) => namedKeys.has(location.key));
  const foundGold = gold.locations.filter((place) => named.some((location) => sameplace(place, location)));
  const rightExtracted = named.filter((location) =>
    gold.locations.some((place) => sameplace(place, location)),
  );
  for (const place of gold.locations) if (!foundGold.includes(place)) notes.push(`location missed: ${place}`);
  for (const location of named)
    if (!rightExtracted.includes(location)) notes.push(`location extra: ${location.name}`);
  const locations = { gold: gold.locations.length, extracted: named.length, matched: foundGold.length };
  return { name, quotes, speakers, locations, notes };
}

import { sameplace } from '../places/scoring';
import type { ExtractionResult, QuoteKind } from '../types';
import type { Counts } from './counts';
import type { GoldArticle } from './gold-article';
import { isRightSpeaker } from './judge-speaker';
import { pairQuotes, type KindPairing } from './pair-quotes';
import { SCORED_TOPICS, scoreTopic } from './score-topics';

/** The overlap thresholds quotes are scored at: near-exact and loose. */
export const THRESHOLDS = [0.8, 0.3] as const;
export type Threshold = (typeof THRESHOLDS)[number];
const LOOSE: Threshold = 0.3;
const KINDS = ['direct', 'indirect'] as const;

/** The raw counts of one article's scoring, and what went wrong, for people to read. */
export interface ArticleScore {
  name: string;
  quotes: Record<QuoteKind, Record<Threshold, Counts>>;
  /** Speakers judged on required quotes with a named gold speaker, matched at the loose threshold. */
  speakers: { judged: number; correct: number };
  locations: Counts;
  /** Per scored topic slug, the quotes about it. */
  topics: Record<string, Counts>;
  /** Per scored topic slug, the same judgement over found quotes only (see `TopicCounts.ofFound`). */
  topicsOfFound: Record<string, Counts>;
  notes: string[];
}

const clip = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length)}…` : text;

function quoteNotes(
  gold: GoldArticle,
  result: ExtractionResult,
  kind: QuoteKind,
  pairing: KindPairing,
): string[] {
  const notes: string[] = [];
  const pairedGold = new Set(pairing.pairs.map((pair) => pair.gold));
  const pairedExtracted = new Set(pairing.pairs.map((pair) => pair.extracted));
  for (const pair of pairing.pairs) {
    const quote = result.quotes[pair.extracted];
    if (quote && pair.overlap < 0.8)
      notes.push(`${kind} loose (${pair.overlap.toFixed(2)}): "${clip(quote.text, 70)}"`);
  }
  for (const index of pairing.required)
    if (!pairedGold.has(index)) notes.push(`${kind} missed: "${clip(gold.quotes[index]?.text ?? '', 70)}"`);
  for (const index of pairing.extracted)
    if (!pairedExtracted.has(index) && !pairing.neutral.has(index))
      notes.push(`${kind} extra: "${clip(result.quotes[index]?.text ?? '', 70)}"`);
  return notes;
}

function scoreSpeakers(gold: GoldArticle, result: ExtractionResult, pairings: readonly KindPairing[]) {
  const speakers = { judged: 0, correct: 0 };
  const notes: string[] = [];
  for (const pair of pairings.flatMap((pairing) => pairing.pairs)) {
    const goldName = gold.quotes[pair.gold]?.speaker ?? null;
    const quote = result.quotes[pair.extracted];
    if (goldName === null || quote === undefined) continue;
    speakers.judged += 1;
    const speaker = result.speakers.find((candidate) => candidate.key === quote.speakerKey);
    if (isRightSpeaker(speaker, goldName, gold)) speakers.correct += 1;
    else notes.push(`speaker: "${clip(quote.text, 50)}" gave ${speaker?.name ?? 'nobody'}, gold ${goldName}`);
  }
  return { speakers, notes };
}

function scoreLocations(gold: GoldArticle, result: ExtractionResult) {
  const namedKeys = new Set(result.namedLocationKeys ?? result.locations.map((location) => location.key));
  const named = result.locations.filter((location) => namedKeys.has(location.key));
  const found = gold.locations.filter((place) => named.some((location) => sameplace(place, location)));
  const right = named.filter((location) => gold.locations.some((place) => sameplace(place, location)));
  const notes = [
    ...gold.locations.filter((place) => !found.includes(place)).map((place) => `location missed: ${place}`),
    ...named.filter((location) => !right.includes(location)).map((l) => `location extra: ${l.name}`),
  ];
  return {
    locations: { gold: gold.locations.length, extracted: named.length, matched: found.length },
    notes,
  };
}

/**
 * Given an article's name, its extraction and its gold labels, returns the counts by the corpus
 * rules: per kind and threshold the required gold quotes, the extracted ones (less those matching
 * only an optional item) and the one-to-one matches; the speakers right on loosely matched quotes
 * with a named gold speaker; the places the text names against gold places; the quotes about each
 * scored topic, also over found quotes alone.
 */
export function scoreArticle(name: string, result: ExtractionResult, gold: GoldArticle): ArticleScore {
  const quotes = {} as Record<QuoteKind, Record<Threshold, Counts>>;
  const loose: KindPairing[] = [];
  const notes: string[] = [];
  for (const kind of KINDS) {
    quotes[kind] = {} as Record<Threshold, Counts>;
    for (const threshold of THRESHOLDS) {
      const pairing = pairQuotes(gold.quotes, result.quotes, kind, threshold);
      quotes[kind][threshold] = {
        gold: pairing.required.length,
        extracted: pairing.extracted.length - pairing.neutral.size,
        matched: pairing.pairs.length,
      };
      if (threshold !== LOOSE) continue;
      loose.push(pairing);
      notes.push(...quoteNotes(gold, result, kind, pairing));
    }
  }
  const { speakers, notes: speakerNotes } = scoreSpeakers(gold, result, loose);
  const { locations, notes: locationNotes } = scoreLocations(gold, result);
  const topics: Record<string, Counts> = {};
  const topicsOfFound: Record<string, Counts> = {};
  for (const [topicName, slug] of Object.entries(SCORED_TOPICS)) {
    const scored = scoreTopic(gold, result.quotes, loose, topicName, slug);
    topics[slug] = scored.counts;
    topicsOfFound[slug] = scored.ofFound;
    notes.push(...scored.notes);
  }
  return {
    name,
    quotes,
    speakers,
    locations,
    topics,
    topicsOfFound,
    notes: [...notes, ...speakerNotes, ...locationNotes],
  };
}

import type { ExtractedQuote } from '../types';
import type { Counts } from './counts';
import type { GoldArticle } from './gold-article';
import type { KindPairing } from './pair-quotes';

/** Gold topic names scored against a taxonomy slug: the mission's own question first. */
export const SCORED_TOPICS: Readonly<Record<string, string>> = { 'military bases': 'military-bases' };

/** The counts of one topic: over the whole article, and over the quotes extraction found. */
export interface TopicCounts {
  counts: Counts;
  /**
   * The same judgement on found quotes only (extracted quotes paired with a required gold quote):
   * gold = found quotes the gold lists under the topic; extracted = found quotes tagged with it. It
   * measures the topic judgement apart from quote recall, which caps `counts`.
   */
  ofFound: Counts;
}

/**
 * Given the gold, the extracted quotes, the loose pairings of both kinds and a gold topic name with
 * its slug, returns the counts of quotes about it: gold = required quotes the gold lists under the
 * topic; extracted = quotes tagged with the slug, except those that match only an optional item;
 * matched = tagged quotes paired with a listed required quote. A tagged quote that matches no gold
 * quote counts against precision: a reader of the topic sees it. Also returns the counts over found
 * quotes alone, and notes on every miss and stray tag.
 */
export function scoreTopic(
  gold: GoldArticle,
  quotes: readonly ExtractedQuote[],
  pairings: readonly KindPairing[],
  topicName: string,
  slug: string,
): TopicCounts & { notes: string[] } {
  const about = new Set(gold.topicsByQuote[topicName] ?? []);
  const goldOf = new Map(pairings.flatMap((p) => p.pairs.map((pair) => [pair.extracted, pair.gold])));
  const neutral = new Set(pairings.flatMap((p) => [...p.neutral]));
  const goldCount = gold.quotes.filter((quote, index) => !quote.optional && about.has(index)).length;
  const notes: string[] = [];
  const found = new Set<number>();
  let extracted = 0;
  quotes.forEach((quote, index) => {
    if (!quote.topicSlugs.includes(slug) || neutral.has(index)) return;
    extracted += 1;
    const goldIndex = goldOf.get(index);
    if (goldIndex !== undefined && about.has(goldIndex)) found.add(goldIndex);
    else notes.push(`${slug} extra: "${quote.text.slice(0, 70)}"`);
  });
  for (const index of about) {
    const quote = gold.quotes[index];
    if (quote && !quote.optional && !found.has(index))
      notes.push(`${slug} missed: "${quote.text.slice(0, 70)}"`);
  }
  const ofFound = { gold: 0, extracted: 0, matched: 0 };
  for (const [extractedIndex, goldIndex] of goldOf) {
    const isAbout = about.has(goldIndex);
    const tagged = quotes[extractedIndex]?.topicSlugs.includes(slug) === true;
    ofFound.gold += isAbout ? 1 : 0;
    ofFound.extracted += tagged ? 1 : 0;
    ofFound.matched += isAbout && tagged ? 1 : 0;
  }
  return { counts: { gold: goldCount, extracted, matched: found.size }, ofFound, notes };
}

import type { TaxonomyTopic } from '../types';
import { stemText, stemWords, type StemmedText } from './stem-words';

/** A taxonomy topic as extraction takes it: weak keywords are optional. */
export interface TaxonomyInput extends TaxonomyTopic {
  /** Terms too ambiguous alone ("base"): they count only beside a strong keyword of the topic. */
  weakKeywords?: readonly string[];
}

interface Phrase {
  slug: string;
  stems: string[];
  weak: boolean;
}

/** A taxonomy compiled for matching: phrases indexed by their first stem. */
export interface CompiledTaxonomy {
  byFirstStem: Map<string, Phrase[]>;
}

/** Which topics a text carries, by strong keywords and by weak ones. */
export interface TopicHits {
  strong: Set<string>;
  weak: Set<string>;
}

const compiled = new WeakMap<readonly TaxonomyInput[], CompiledTaxonomy>();

function add(index: Map<string, Phrase[]>, slug: string, keyword: string, weak: boolean): void {
  const stems = stemWords(keyword);
  const first = stems[0];
  if (first === undefined) return;
  const list = index.get(first) ?? [];
  list.push({ slug, stems, weak });
  index.set(first, list);
}

/** Given a taxonomy, returns it compiled; the same taxonomy object is compiled once and reused. */
export function compileTaxonomy(taxonomy: readonly TaxonomyInput[]): CompiledTaxonomy {
  const cached = compiled.get(taxonomy);
  if (cached !== undefined) return cached;
  const byFirstStem = new Map<string, Phrase[]>();
  for (const topic of taxonomy) {
    for (const keyword of topic.keywords) add(byFirstStem, topic.slug, keyword, false);
    for (const keyword of topic.weakKeywords ?? []) add(byFirstStem, topic.slug, keyword, true);
  }
  const result = { byFirstStem };
  compiled.set(taxonomy, result);
  return result;
}

/** Given a compiled taxonomy and a text, returns the topics whose keyword phrases occur in it, stem by stem. */
export function matchTopics(taxonomy: CompiledTaxonomy, text: string): TopicHits {
  return matchStemmed(taxonomy, stemText(text), 0, text.length);
}

function firstWordAt(stemmed: StemmedText, offset: number): number {
  let low = 0;
  let high = stemmed.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((stemmed.starts[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Given a compiled taxonomy, a stemmed text and a range of it (offsets), returns the topics whose
 * keyword phrases lie wholly inside the range: one stemming of an article serves its paragraphs
 * and quotes.
 */
export function matchStemmed(
  taxonomy: CompiledTaxonomy,
  stemmed: StemmedText,
  start: number,
  end: number,
): TopicHits {
  const hits: TopicHits = { strong: new Set(), weak: new Set() };
  const { stems, ends } = stemmed;
  for (let at = firstWordAt(stemmed, start); at < stems.length && (ends[at] ?? Infinity) <= end; at += 1) {
    for (const phrase of taxonomy.byFirstStem.get(stems[at] ?? '') ?? []) {
      if ((ends[at + phrase.stems.length - 1] ?? Infinity) > end) continue;
      if (phrase.stems.every((stem, offset) => stems[at + offset] === stem)) {
        (phrase.weak ? hits.weak : hits.strong).add(phrase.slug);
      }
    }
  }
  return hits;
}

/**
 * Given a quotation's hits and the strong topics of its paragraph and article, returns its topics:
 * every strong one, and a weak one only where the quotation, paragraph or article also carries a
 * strong keyword of that topic ("customer base" in a business story is not a military base).
 */
export function quoteTopics(quote: TopicHits, context: readonly Set<string>[]): string[] {
  const topics = new Set(quote.strong);
  for (const slug of quote.weak) if (context.some((strong) => strong.has(slug))) topics.add(slug);
  return [...topics].sort();
}

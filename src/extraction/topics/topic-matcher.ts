import type { TaxonomyTopic } from '../types';
import { stemWords } from './stem-words';

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
  const stems = stemWords(text);
  const hits: TopicHits = { strong: new Set(), weak: new Set() };
  stems.forEach((first, at) => {
    for (const phrase of taxonomy.byFirstStem.get(first) ?? []) {
      if (phrase.stems.every((stem, offset) => stems[at + offset] === stem))
        (phrase.weak ? hits.weak : hits.strong).add(phrase.slug);
    }
  });
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

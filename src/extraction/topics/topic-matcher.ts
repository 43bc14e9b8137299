import type { TaxonomyTopic } from '../types';
import { GAP_WORDS, parseKeyword, type PatternSlot } from './keyword-pattern';
import type { StemmedText } from './stem-words';

/** A taxonomy topic as extraction takes it: weak keywords are optional. */
export interface TaxonomyInput extends TaxonomyTopic {
  /** Terms too ambiguous alone ("base"): they count only where the topic is already present. */
  weakKeywords?: readonly string[];
}

interface CompiledPattern {
  topic: number;
  weak: boolean;
  exception: boolean;
  slots: PatternSlot[];
}

/** A taxonomy compiled for matching: keyword patterns indexed by the word keys of their first slot. */
export interface CompiledTaxonomy {
  slugs: readonly string[];
  byFirstKey: ReadonlyMap<string, readonly CompiledPattern[]>;
}

/** Where one keyword of a topic matched: the words `first` to `last` (inclusive) of a stemmed text. */
export interface TopicHit {
  /** Index into `CompiledTaxonomy.slugs`. */
  topic: number;
  /** Matched a weak keyword: it counts only where the topic is present by a strong one. */
  weak: boolean;
  first: number;
  last: number;
}

const compiled = new WeakMap<readonly TaxonomyInput[], CompiledTaxonomy>();

function add(index: Map<string, CompiledPattern[]>, topic: number, keyword: string, weak: boolean): void {
  const pattern = parseKeyword(keyword);
  const first = pattern?.slots[0];
  if (pattern === null || first?.kind !== 'word') return;
  const entry = {
    topic,
    weak: weak && !pattern.exception,
    exception: pattern.exception,
    slots: pattern.slots,
  };
  for (const key of first.keys) index.set(key, [...(index.get(key) ?? []), entry]);
}

/** Given a taxonomy, returns it compiled; the same taxonomy object is compiled once and reused. */
export function compileTaxonomy(taxonomy: readonly TaxonomyInput[]): CompiledTaxonomy {
  const cached = compiled.get(taxonomy);
  if (cached !== undefined) return cached;
  const byFirstKey = new Map<string, CompiledPattern[]>();
  taxonomy.forEach((topic, index) => {
    for (const keyword of topic.keywords) add(byFirstKey, index, keyword, false);
    for (const keyword of topic.weakKeywords ?? []) add(byFirstKey, index, keyword, true);
  });
  const result = { slugs: taxonomy.map((topic) => topic.slug), byFirstKey };
  compiled.set(taxonomy, result);
  return result;
}

// Given the slots from `slot` on and the word where they must start, returns the last word they
// match, or -1. A gap skips up to GAP_WORDS words, the fewest that let the rest match, and never
// runs past a clause end.
function matchFrom(slots: readonly PatternSlot[], slot: number, at: number, text: StemmedText): number {
  const current = slots[slot];
  if (current === undefined) return at - 1;
  if (at >= text.stems.length || (slot > 0 && text.breaks[at] === true)) return -1;
  if (current.kind === 'word')
    return current.keys.has(text.stems[at] ?? '') ? matchFrom(slots, slot + 1, at + 1, text) : -1;
  for (let skip = 0; skip <= GAP_WORDS; skip += 1) {
    if (skip > 0 && text.breaks[at + skip - 1] === true) return -1;
    const last = matchFrom(slots, slot + 1, at + skip, text);
    if (last >= 0) return last;
  }
  return -1;
}

// Hits are pushed in reading order, so one on the same words is among the last few.
function findSame(
  hits: readonly TopicHit[],
  topic: number,
  first: number,
  last: number,
): TopicHit | undefined {
  for (let index = hits.length - 1; index >= 0 && hits[index]?.first === first; index -= 1) {
    const hit = hits[index];
    if (hit?.topic === topic && hit.last === last) return hit;
  }
  return undefined;
}

/**
 * Given a compiled taxonomy and a stemmed text, returns where each topic's keywords match, in
 * reading order, less the matches that lie on an exception of their topic ("base" inside
 * "customer base" or "based on").
 */
export function findHits(taxonomy: CompiledTaxonomy, text: StemmedText): TopicHit[] {
  const hits: TopicHit[] = [];
  const exceptions: TopicHit[] = [];
  text.stems.forEach((key, at) => {
    for (const pattern of taxonomy.byFirstKey.get(key) ?? []) {
      const last = matchFrom(pattern.slots, 0, at, text);
      if (last < 0) continue;
      const list = pattern.exception ? exceptions : hits;
      // Two keywords of one topic on the same words ("bank", "banking") are one hit.
      const same = findSame(list, pattern.topic, at, last);
      if (same === undefined) list.push({ topic: pattern.topic, weak: pattern.weak, first: at, last });
      else if (!pattern.weak) same.weak = false;
    }
  });
  if (exceptions.length === 0) return hits;
  return hits.filter(
    (hit) =>
      !exceptions.some(
        (exception) =>
          exception.topic === hit.topic && exception.first <= hit.last && hit.first <= exception.last,
      ),
  );
}

import stem from 'wink-porter2-stemmer';

const MAX_CACHED = 50_000;
const cache = new Map<string, string>();
const WORD = /[\p{L}\p{N}]+/gu;
/** Adverbs stay whole: Porter2 gives "extremely" the stem of "extremism", "basically" that of "base". */
const ADVERB = /^\p{L}{4,}ly$/u;

/** Given a word, returns its Porter2 stem (adverbs in -ly whole); stems are cached because news vocabulary repeats. */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  let stemmed = cache.get(lower);
  if (stemmed === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    stemmed = ADVERB.test(lower) ? lower : stem(lower);
    cache.set(lower, stemmed);
  }
  return stemmed;
}

/** A text's word stems with where each word starts and ends. */
export interface StemmedText {
  stems: string[];
  starts: number[];
  ends: number[];
}

/** Given a text, returns the stems of its words in order ("high-tech" is two words). */
export function stemWords(text: string): string[] {
  return stemText(text).stems;
}

/** Given a text, returns its word stems with their offsets, so parts of it can be matched without stemming again. */
export function stemText(text: string): StemmedText {
  const stemmed: StemmedText = { stems: [], starts: [], ends: [] };
  for (const match of text.matchAll(WORD)) {
    stemmed.stems.push(stemWord(match[0]));
    stemmed.starts.push(match.index);
    stemmed.ends.push(match.index + match[0].length);
  }
  return stemmed;
}

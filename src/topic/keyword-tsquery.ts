import { readKeyword } from '../extraction';

/** A keyword as PostgreSQL full-text search reads it: `to_tsquery('english', source)`. */
export interface KeywordQuery {
  /** Exceptions keep a quote out rather than in. */
  exception: boolean;
  source: string;
}

// Only letters and digits reach the query text, so no keyword can write tsquery syntax of its own.
const queryWord = (word: string): string => word.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Given a keyword pattern (see `readKeyword`), returns the `to_tsquery` text that finds it in one
 * quote's `tsvector`, or null when it names no word: alternatives become `(a | b)`, the words of a
 * phrase `<->`, and a gap `&`, so "deploy|send … troops" finds both words anywhere in the quote.
 * PostgreSQL's stemmer and stop words then apply, which is why this is an approximation of the
 * extractor's matching and not a copy of it.
 */
export function keywordQuery(keyword: string): KeywordQuery | null {
  const parts = readKeyword(keyword);
  if (parts === null) return null;
  const phrases: string[][] = [[]];
  for (const place of parts.places) {
    if (place === null) phrases.push([]);
    else {
      const words = [...new Set(place.map(queryWord).filter(Boolean))];
      if (words.length > 0) phrases[phrases.length - 1]?.push(`(${words.join(' | ')})`);
    }
  }
  const source = phrases
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => `(${phrase.join(' <-> ')})`)
    .join(' & ');
  return source === '' ? null : { exception: parts.exception, source };
}

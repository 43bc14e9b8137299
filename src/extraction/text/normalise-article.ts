import type { ArticleText } from '../types';
import { normaliseLine } from './characters';
import { isPageFurniture } from './page-furniture';

/** An article after normalisation: the body is `paragraphs.join('\n')`. */
export interface NormalisedArticle {
  title: string;
  paragraphs: string[];
  /** Offset of each paragraph's first character in `body`. */
  paragraphStarts: number[];
  body: string;
}

/**
 * Given an article as it came in, returns its normalised title and paragraphs: page furniture and
 * empty lines dropped, odd spaces normalised, one paragraph a line.
 */
export function normaliseArticle(article: ArticleText): NormalisedArticle {
  const paragraphs: string[] = [];
  for (const raw of article.body.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = normaliseLine(raw);
    if (line !== '' && !isPageFurniture(line)) paragraphs.push(line);
  }
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    paragraphStarts.push(offset);
    offset += paragraph.length + 1;
  }
  return { title: normaliseLine(article.title), paragraphs, paragraphStarts, body: paragraphs.join('\n') };
}

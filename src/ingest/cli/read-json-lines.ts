import { articleFromJson } from './article-from-json';
import { reasonOf, type ArticleRecord } from './article-record';

/**
 * Given JSON Lines text (one article object a line) and a name for it, returns a record per
 * non-blank line, each with its 1-based line number; a bad line fails alone.
 */
export function readJsonLines(text: string, name: string): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const origin = `${name}:${index + 1}`;
    try {
      records.push({ origin, article: articleFromJson(JSON.parse(line)) });
    } catch (error) {
      records.push({ origin, error: reasonOf(error) });
    }
  });
  return records;
}

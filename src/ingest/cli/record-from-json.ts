import { decodeText } from '../plain-text';
import { articleFromJson } from './article-from-json';
import { reasonOf, type ArticleRecord } from './article-record';

/**
 * Given the bytes of one JSON article (a line of JSON Lines, an element of an array) and where it
 * came from, returns its record: the article, or why the bytes are not UTF-8 text, not JSON, or
 * not an article.
 */
export function recordFromJson(bytes: Uint8Array, origin: string): ArticleRecord {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { origin, error: decoded.error };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return { origin, error: `not valid JSON: ${reasonOf(error)}` };
  }
  try {
    return { origin, article: articleFromJson(value) };
  } catch (error) {
    return { origin, error: reasonOf(error) };
  }
}

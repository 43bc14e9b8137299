import { parseArticleFile } from '../../extraction';
import type { ArticleRecord } from './article-record';

/** Given the text of a `.txt` article and its name, returns its record (the layout `parseArticleFile` reads). */
export function readTextFile(text: string, name: string): ArticleRecord {
  const { title, body, dateline } = parseArticleFile(text);
  if (!title || !body) return { origin: name, error: 'expected a headline line followed by paragraphs' };
  return { origin: name, article: { title, body, dateline } };
}

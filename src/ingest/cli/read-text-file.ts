import { looksLikeDateline } from '../dateline';
import type { ArticleRecord } from './article-record';

/**
 * Given the text of a `.txt` article and its name, returns its record: line 1 is the headline, an
 * optional dateline line follows ("13:20, 26 April"), then one paragraph a line (blank lines skipped).
 */
export function readTextFile(text: string, name: string): ArticleRecord {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [title = '', second = '', ...rest] = lines;
  const hasDateline = looksLikeDateline(second);
  const body = (hasDateline ? rest : [second, ...rest]).join('\n');
  if (!title || !body) return { origin: name, error: 'expected a headline line followed by paragraphs' };
  return { origin: name, article: { title, body, dateline: hasDateline ? second : null } };
}

import type { ArticleText } from './types';

const DATELINE =
  /^(?:[\d:.,\s]*(?:\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[\w\s:.,+\-/()]*)$/i;
const MAX_DATELINE = 60;

/**
 * Given the text of an article file (line 1 the headline; then, optionally, a dateline on its own
 * line such as "13:20, 26 April"; then one paragraph a line), returns it as an `ArticleText`.
 */
export function parseArticleFile(text: string): ArticleText {
  const lines = text.split(/\r?\n/);
  const title = (lines[0] ?? '').trim();
  const second = (lines[1] ?? '').trim();
  const hasDateline =
    second.length > 0 && second.length <= MAX_DATELINE && DATELINE.test(second) && !/[.!?"”]$/.test(second);
  return {
    title,
    dateline: hasDateline ? second : null,
    body: lines.slice(hasDateline ? 2 : 1).join('\n'),
  };
}

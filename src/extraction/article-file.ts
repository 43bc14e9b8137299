import { looksLikeDateline } from './dateline';
import type { ArticleText } from './types';

/**
 * Given the text of an article file (line 1 the headline; then, optionally, a dateline on its own
 * line such as "13:20, 26 April" or "MINSK, 2 March"; then one paragraph a line, blank lines
 * skipped), returns it as an `ArticleText`. The ingest CLI reads `.txt` files with it too, so
 * scripts, tests and ingest split a file the same way.
 */
export function parseArticleFile(text: string): ArticleText {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const [title = '', second = '', ...rest] = lines;
  const hasDateline = looksLikeDateline(second);
  return {
    title,
    dateline: hasDateline ? second : null,
    body: (hasDateline ? rest : [second, ...rest]).join('\n'),
  };
}

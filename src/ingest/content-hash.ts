import { createHash } from 'node:crypto';

/**
 * Given a normalised title and body, returns the article's identity when it has no URL: SHA-256 of
 * the text with case and runs of white space folded, so re-sent copies that differ only there match.
 */
export function contentHash(title: string, body: string): string {
  const folded = `${title}\n${body}`.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}

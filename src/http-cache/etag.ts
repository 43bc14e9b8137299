import { createHash } from 'node:crypto';

/** Given a response body, returns its strong ETag: a quoted SHA-1 of its bytes. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Given an `If-None-Match` header and an ETag, returns whether the client holds that version
 * (weak comparison, as RFC 9110 asks for If-None-Match: `W/"x"` matches `"x"`; `*` matches any).
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Given a token, returns the first 12 hex digits of its SHA-256: enough to tell tokens apart in a log. */
export const tokenDigest = (token: string): string => digest(token).toString('hex').slice(0, 12);

/**
 * What a request's `Authorization` header amounts to: the API token (`valid`), no header at all
 * (`missing`), or anything else (`wrong`: another token, or not `Bearer <token>`). The two refusals
 * get different messages: a forgotten header and a stale token are fixed differently.
 */
export type Credentials = 'valid' | 'missing' | 'wrong';

/**
 * Given the API token, returns the check of an `Authorization` header value. Digests are compared
 * in constant time so the token cannot be guessed by timing; the token's own is made once.
 */
export function credentialsCheck(apiToken: string): (header: string | undefined) => Credentials {
  const expected = digest(apiToken);
  return (header) => {
    if (header === undefined || header.trim() === '') return 'missing';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected) ? 'valid' : 'wrong';
  };
}

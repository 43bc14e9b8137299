import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Given a token, returns the first 12 hex digits of its SHA-256: enough to tell tokens apart in a log. */
export const tokenDigest = (token: string): string => digest(token).toString('hex').slice(0, 12);

/**
 * Given the API token, returns the check of an `Authorization` header value: whether it is
 * `Bearer <token>`. Digests are compared in constant time so the token cannot be guessed by
 * timing; the token's own is made once.
 */
export function bearerCheck(apiToken: string): (header: string | undefined) => boolean {
  const expected = digest(apiToken);
  return (header) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
  };
}

import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * Given an `Authorization` header value and the API token, returns whether the header is
 * `Bearer <token>`. Compares digests in constant time so the token cannot be guessed by timing.
 */
export function isValidBearer(header: string | undefined, apiToken: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(apiToken));
}

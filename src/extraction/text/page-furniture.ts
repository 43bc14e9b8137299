/**
 * Lines that web pages add around an article (share buttons, teasers, sign-up calls). They are
 * matched as whole lines, and only short ones, so a real paragraph that merely starts with
 * "Subscribers said…" survives.
 */
const SHORT_FURNITURE =
  /^[-•*·|>]?\s*(?:share(?: on| this| via)?|tweet|pin it|e-?mail|print|whatsapp|telegram|copy link|follow us|like us|sign up|subscribe|advertisement|sponsored|related(?: articles| stories| news)?|comments?|photo(?: credit)?|image|video|loading|click here|tags?|source)\b[^.!?]{0,60}$/i;
const TEASER = /^[-•*·]?\s*(?:read (?:also|more|next)|see also|also read|more on this|recommended)\b/i;
const BARE_BULLET = /^[-•*·|]+$/;

/** Given a normalised line, returns true when it is page furniture rather than article text. */
export function isPageFurniture(line: string): boolean {
  if (BARE_BULLET.test(line)) return true;
  if (line.length <= 80 && SHORT_FURNITURE.test(line)) return true;
  return line.length <= 240 && TEASER.test(line);
}

/** Given text, returns it base64url-encoded (no padding): safe in URLs and JSON alike. */
export function encodeBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** Given base64url text, returns the decoded string, or null when it is not valid base64url. */
export function decodeBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null;
  return Buffer.from(encoded, 'base64url').toString('utf8');
}

/**
 * Given a SQL text expression, returns SQL for its base64url encoding without padding: the same
 * string `encodeBase64Url` makes, so ids and cursors built by Postgres match those built here.
 */
export function base64UrlSql(text: string): string {
  // encode() breaks its output into lines of 76 characters; translate() drops those newlines.
  return `rtrim(translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;
}

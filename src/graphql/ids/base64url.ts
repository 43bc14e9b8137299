/** Given text, returns it base64url-encoded (no padding): safe in URLs and JSON alike. */
export function encodeBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** Given base64url text, returns the decoded string, or null when it is not valid base64url. */
export function decodeBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null;
  return Buffer.from(encoded, 'base64url').toString('utf8');
}

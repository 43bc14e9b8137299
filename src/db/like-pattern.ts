/** Given user text, returns a case-folded LIKE pattern that matches it literally (as a substring or a prefix). */
export function likePattern(text: string, match: 'contains' | 'startsWith'): string {
  const literal = text
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, '\\$&');
  return match === 'contains' ? `%${literal}%` : `${literal}%`;
}

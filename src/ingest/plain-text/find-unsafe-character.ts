/** Where a text stops being plain text, and why. */
export interface UnsafeCharacter {
  /** 0-based index of the character in the string. */
  index: number;
  /** What is wrong, for a message: "a NUL character (U+0000)". */
  description: string;
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL:
// text never holds them, binary data and mis-decoded files do. Postgres refuses NUL outright.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;
// A surrogate half without its partner is not Unicode: the driver would silently store U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// U+FFFD is what a decoder writes for bytes that were not UTF-8: the text was damaged upstream.
const REPLACEMENT = /\uFFFD/;

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Given a string, returns the first character that shows it is not plain text: a NUL or other
 * control character, an unpaired surrogate, or U+FFFD (the mark of bytes that were not UTF-8);
 * null when there is none. Shared by the API and the CLI so both refuse the same input.
 */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  const found = [
    { match: CONTROL.exec(text), kind: 'a control character' },
    { match: LONE_SURROGATE.exec(text), kind: 'an unpaired surrogate' },
    { match: REPLACEMENT.exec(text), kind: 'a replacement character' },
  ]
    .filter((candidate) => candidate.match !== null)
    .sort((a, b) => (a.match?.index ?? 0) - (b.match?.index ?? 0))[0];
  if (!found?.match) return null;
  const code = found.match[0].charCodeAt(0);
  const kind = code === 0 ? 'a NUL character' : found.kind;
  const note = code === 0xfffd ? ', the mark of bytes that were not UTF-8' : '';
  return { index: found.match.index, description: `${kind} (${hex(code)})${note}` };
}

import { findUnsafeCharacter } from './find-unsafe-character';

/** Bytes read as text, or why they are not text and on which line (1-based) that shows first. */
export type DecodedText = { text: string } | { error: string; line: number };

// `fatal` makes a malformed sequence an error instead of a silent U+FFFD; the default
// `ignoreBOM: false` drops a leading UTF-8 byte-order mark, which editors on Windows write.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/**
 * Given bytes that should be UTF-8 text, returns the text, or why it is not text and the first
 * line that shows it: a malformed UTF-8 sequence, a NUL or other control character, an unpaired
 * surrogate.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const damaged = lenientUtf8.decode(bytes);
    return {
      error: 'not UTF-8 text: an invalid byte sequence',
      line: lineOf(damaged, damaged.indexOf('\uFFFD')),
    };
  }
  const unsafe = findUnsafeCharacter(text);
  if (unsafe) return { error: `not plain text: ${unsafe.description}`, line: lineOf(text, unsafe.index) };
  return { text };
}

/**
 * One top-level value of a JSON document read as a stream: its bytes, or why it cannot be read.
 * `index` is its place in the array (0-based), or null when the document is a single value.
 */
export type JsonItem = { index: number | null; bytes: Buffer } | { index: number | null; error: string };

const Byte = {
  Tab: 0x09,
  Newline: 0x0a,
  Return: 0x0d,
  Space: 0x20,
  Quote: 0x22,
  Comma: 0x2c,
  OpenBracket: 0x5b,
  Backslash: 0x5c,
  CloseBracket: 0x5d,
  OpenBrace: 0x7b,
  CloseBrace: 0x7d,
} as const;

// A UTF-8 byte-order mark is skipped like whitespace before the document starts.
const BOM_BYTES = new Set([0xef, 0xbb, 0xbf]);

const isSpace = (byte: number): boolean =>
  byte === Byte.Space || byte === Byte.Newline || byte === Byte.Return || byte === Byte.Tab;

/** Where the scanner is: before the document, between array elements, inside one, or past the end. */
type Mode = 'before' | 'between' | 'inside' | 'after';

/**
 * Given a stream of byte chunks holding a JSON array (or one value) and the largest element worth
 * holding, yields each top-level element's bytes as soon as it is complete, so an array of any
 * length is read in memory bounded by one element. The scanner only finds where elements begin
 * and end (brackets and braces outside strings, with escapes); `JSON.parse` reads each one, so a
 * malformed element fails alone and the rest are still read. Streaming parsers on npm stop at the
 * first syntax error, which would lose every record after one bad one. Bytes, not text: the
 * structural characters are ASCII and never occur inside a multi-byte UTF-8 sequence.
 */
export async function* splitJsonArray(
  chunks: AsyncIterable<Buffer>,
  maxElementBytes: number,
): AsyncGenerator<JsonItem> {
  let mode: Mode = 'before';
  let single = false;
  let index = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: Buffer[] = [];
  let size = 0;
  let tooLarge = false;

  const keep = (piece: Buffer): void => {
    if (tooLarge || piece.length === 0) return;
    size += piece.length;
    if (size > maxElementBytes) {
      tooLarge = true;
      parts = [];
    } else parts.push(piece);
  };
  const finish = (): JsonItem => {
    const item: JsonItem = tooLarge
      ? { index: single ? null : index, error: `the record is over ${maxElementBytes} bytes` }
      : { index: single ? null : index, bytes: Buffer.concat(parts) };
    parts = [];
    size = 0;
    tooLarge = false;
    index += 1;
    mode = single ? 'after' : 'between';
    return item;
  };

  for await (const chunk of chunks) {
    let start = mode === 'inside' ? 0 : -1;
    for (let at = 0; at < chunk.length; at += 1) {
      const byte = chunk[at] as number;
      if (mode === 'before') {
        if (isSpace(byte) || BOM_BYTES.has(byte)) continue;
        if (byte === Byte.OpenBracket) {
          mode = 'between';
          continue;
        }
        single = true;
      } else if (mode === 'between') {
        // Commas are not checked: a missing one between two good records loses nothing.
        if (isSpace(byte) || byte === Byte.Comma) continue;
        if (byte === Byte.CloseBracket) {
          mode = 'after';
          continue;
        }
      } else if (mode === 'after') {
        if (isSpace(byte)) continue;
        yield { index: single ? null : index, error: 'not valid JSON: text after the end of the JSON value' };
        return;
      }
      if (mode !== 'inside') {
        mode = 'inside';
        start = at;
        depth = 0;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === Byte.Backslash) escaped = true;
        else if (byte === Byte.Quote) inString = false;
        continue;
      }
      if (byte === Byte.Quote) inString = true;
      else if (byte === Byte.OpenBrace || byte === Byte.OpenBracket) depth += 1;
      else if ((byte === Byte.CloseBrace || byte === Byte.CloseBracket) && depth > 0) {
        depth -= 1;
        if (depth === 0) {
          keep(chunk.subarray(start, at + 1));
          yield finish();
        }
      } else if (depth === 0 && (byte === Byte.Comma || byte === Byte.CloseBracket || isSpace(byte))) {
        // The end of a bare value (a number, a string, junk): the byte that ends it belongs to the array.
        keep(chunk.subarray(start, at));
        yield finish();
        if (byte === Byte.CloseBracket) mode = 'after';
      }
    }
    if (mode === 'inside') keep(chunk.subarray(start));
  }

  const at = single ? null : index;
  if (mode === 'before') yield { index: null, error: 'not valid JSON: the file is empty' };
  else if (mode === 'inside' && (inString || depth > 0))
    yield { index: at, error: 'not valid JSON: the file ends inside this record (cut short?)' };
  else if (mode === 'inside') yield finish();
  else if (mode === 'between')
    yield { index: at, error: 'not valid JSON: the array is not closed with "]" (cut short?)' };
}

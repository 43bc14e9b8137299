/** One line of a byte stream: its 1-based number and bytes (no line ending), or that it was too long. */
export type ByteLine = { line: number; bytes: Buffer } | { line: number; tooLong: true };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Given a stream of byte chunks and the longest line worth holding, yields its lines one at a time
 * as they arrive, so a file of any size is read in memory bounded by one line. A longer line is
 * yielded as `tooLong` without being held. Bytes, not text: each line is decoded on its own, so
 * one bad line (invalid UTF-8) fails alone. Node's readline would decode with silent U+FFFD and
 * hold a line of any length.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  const append = (piece: Buffer): void => {
    if (tooLong || piece.length === 0) return;
    size += piece.length;
    if (size > maxLineBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  const take = (): ByteLine => {
    const whole = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    const bytes = whole.at(-1) === CARRIAGE_RETURN ? whole.subarray(0, -1) : whole;
    const taken: ByteLine = tooLong ? { line, tooLong: true } : { line, bytes };
    parts = [];
    size = 0;
    tooLong = false;
    line += 1;
    return taken;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      append(chunk.subarray(start, end));
      start = end + 1;
      yield take();
    }
    append(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield take();
}

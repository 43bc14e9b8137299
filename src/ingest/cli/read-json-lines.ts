import type { ArticleRecord } from './article-record';
import { recordFromJson } from './record-from-json';
import { splitLines } from './split-lines';

const isBlank = (bytes: Buffer): boolean =>
  bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d);

/**
 * Given a stream of JSON Lines bytes (one article object a line), a name for it and the longest
 * line to accept, yields a record per non-blank line as it is read, each named by its 1-based line
 * number ("feed.jsonl:12"); a bad line fails alone.
 */
export async function* readJsonLines(
  chunks: AsyncIterable<Buffer>,
  name: string,
  maxLineBytes: number,
): AsyncGenerator<ArticleRecord> {
  for await (const item of splitLines(chunks, maxLineBytes)) {
    const origin = `${name}:${item.line}`;
    if ('tooLong' in item) yield { origin, error: `the line is over ${maxLineBytes} bytes` };
    else if (!isBlank(item.bytes)) yield recordFromJson(item.bytes, origin);
  }
}

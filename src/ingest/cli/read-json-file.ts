import type { ArticleRecord } from './article-record';
import { recordFromJson } from './record-from-json';
import { splitJsonArray } from './split-json-array';

/**
 * Given a stream of `.json` bytes (one article object, or an array of them), a name for it and the
 * largest record to accept, yields a record per article as it is read; in an array each is named
 * by its index ("list.json[3]"), and a malformed one fails alone.
 */
export async function* readJsonFile(
  chunks: AsyncIterable<Buffer>,
  name: string,
  maxRecordBytes: number,
): AsyncGenerator<ArticleRecord> {
  for await (const item of splitJsonArray(chunks, maxRecordBytes)) {
    const origin = item.index === null ? name : `${name}[${item.index}]`;
    if ('error' in item) yield { origin, error: item.error };
    else yield recordFromJson(item.bytes, origin);
  }
}

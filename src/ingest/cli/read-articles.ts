import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeText, describeBinary, SNIFF_BYTES } from '../plain-text';
import { reasonOf, type ArticleRecord } from './article-record';
import { peekChunks } from './peek-chunks';
import { readHtmlFile } from './read-html-file';
import { readJsonFile } from './read-json-file';
import { readJsonLines } from './read-json-lines';
import { readTextFile } from './read-text-file';

/** How much of the input a reader may hold at once. */
export interface ReadLimits {
  /** The largest JSON record (a line of `.jsonl`, an element of a `.json` array). */
  maxRecordBytes: number;
  /** The largest file read whole (`.txt`, `.html`). */
  maxDocumentBytes: number;
}

/** Bytes read so far across all inputs, for the progress line. */
export interface ByteCount {
  bytes: number;
}

/**
 * Given the article body limit, returns the read limits that follow from it: a JSON record may
 * spell its body with escapes (`\u0431` is six bytes for two), a saved page carries scripts and
 * markup around the article.
 */
export function readLimitsFor(maxArticleBytes: number): ReadLimits {
  return {
    maxRecordBytes: 6 * maxArticleBytes + 65_536,
    maxDocumentBytes: Math.max(16 * 1_048_576, 8 * maxArticleBytes),
  };
}

const WHOLE_FILE_TYPES = ['.txt', '.html', '.htm'];
const STREAMED_TYPES = ['.json', '.jsonl', '.ndjson'];

// A stream with an encoding set (stdin in some hosts) yields strings: they are turned back into bytes.
async function* counted(source: AsyncIterable<Buffer | string>, count: ByteCount): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    count.bytes += bytes.length;
    yield bytes;
  }
}

async function* streamed(
  source: AsyncIterable<Buffer>,
  name: string,
  type: string,
  limits: ReadLimits,
): AsyncGenerator<ArticleRecord> {
  const { head, chunks, close } = await peekChunks(source, SNIFF_BYTES);
  const binary = describeBinary(head);
  if (binary) {
    await close();
    yield { origin: name, error: binary };
    return;
  }
  if (type === '.json') yield* readJsonFile(chunks, name, limits.maxRecordBytes);
  else yield* readJsonLines(chunks, name, limits.maxRecordBytes);
}

async function readWhole(
  file: string,
  type: string,
  limits: ReadLimits,
  count: ByteCount,
): Promise<ArticleRecord> {
  const { size } = await stat(file);
  if (size > limits.maxDocumentBytes) {
    return {
      origin: file,
      error: `the file is ${size} bytes; a ${type} file is read whole and may be at most ${limits.maxDocumentBytes}`,
    };
  }
  const bytes = await readFile(file);
  count.bytes += bytes.length;
  const binary = describeBinary(bytes.subarray(0, SNIFF_BYTES));
  if (binary) return { origin: file, error: binary };
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { origin: file, error: `${decoded.error} on line ${decoded.line}` };
  return type === '.txt' ? readTextFile(decoded.text, file) : readHtmlFile(decoded.text, file);
}

async function* readOne(
  file: string,
  stdin: NodeJS.ReadableStream,
  limits: ReadLimits,
  count: ByteCount,
): AsyncGenerator<ArticleRecord> {
  if (file === '-') {
    yield* streamed(counted(stdin as AsyncIterable<Buffer | string>, count), '-', '.jsonl', limits);
    return;
  }
  const type = path.extname(file).toLowerCase();
  if (WHOLE_FILE_TYPES.includes(type)) yield await readWhole(file, type, limits, count);
  else if (STREAMED_TYPES.includes(type))
    yield* streamed(counted(createReadStream(file), count), file, type, limits);
  else yield { origin: file, error: 'unsupported file type (use .txt, .json, .jsonl or .html)' };
}

/**
 * Given the files to read (`-` for JSON Lines on `stdin`), yields their articles one at a time as
 * they are read, so a consumer that takes them at its own pace holds only what it is working on:
 * `.json` and `.jsonl` are streamed, `.txt` and `.html` (one article each) read whole within
 * `maxDocumentBytes`. Input that is not UTF-8 text (an image, NUL bytes, UTF-16, invalid byte
 * sequences) and a file that cannot be read become failed records instead of stopping the run.
 * `count` is advanced by the bytes read.
 */
export async function* readArticles(
  files: readonly string[],
  stdin: NodeJS.ReadableStream,
  limits: ReadLimits,
  count: ByteCount,
): AsyncGenerator<ArticleRecord> {
  for (const file of files) {
    try {
      yield* readOne(file, stdin, limits, count);
    } catch (error) {
      yield { origin: file, error: reasonOf(error) };
    }
  }
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { reasonOf, type ArticleRecord } from './article-record';
import { readHtmlFile } from './read-html-file';
import { readJsonFile } from './read-json-file';
import { readJsonLines } from './read-json-lines';
import { readTextFile } from './read-text-file';

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function parseByType(text: string, file: string): Promise<ArticleRecord[]> {
  switch (path.extname(file).toLowerCase()) {
    case '.txt':
      return [readTextFile(text, file)];
    case '.json':
      return readJsonFile(text, file);
    case '.jsonl':
    case '.ndjson':
      return readJsonLines(text, file);
    case '.html':
    case '.htm':
      return [await readHtmlFile(text, file)];
    default:
      return [{ origin: file, error: 'unsupported file type (use .txt, .json, .jsonl or .html)' }];
  }
}

/**
 * Given a file path (or `-` for JSON Lines on `stdin`), returns its articles as records; a file
 * that cannot be read or parsed becomes one failed record instead of stopping the run.
 */
export async function readArticles(file: string, stdin: NodeJS.ReadableStream): Promise<ArticleRecord[]> {
  if (file === '-') return readJsonLines(await readStream(stdin), '-');
  try {
    return await parseByType(await readFile(file, 'utf8'), file);
  } catch (error) {
    return [{ origin: file, error: reasonOf(error) }];
  }
}

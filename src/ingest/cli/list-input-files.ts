import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File types the CLI reads, by extension. */
const ARTICLE_EXTENSIONS = ['.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm'] as const;

const isArticleFile = (file: string): boolean =>
  (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map(async (entry) => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return walk(full);
        return entry.isFile() && isArticleFile(entry.name) ? [full] : [];
      }),
  );
  return nested.flat();
}

/**
 * Given the paths on the command line, returns the files to read: a file as given (whatever its
 * type, so an unsupported one is reported rather than ignored), a folder as its article files at
 * any depth (hidden ones and other types skipped), sorted so runs are repeatable; `-` (stdin) stays.
 */
export async function listInputFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(input)).sort());
    else files.push(input);
  }
  return files;
}

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File types the CLI reads, by extension. */
const ARTICLE_EXTENSIONS = ['.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm'] as const;

const isArticleFile = (file: string): boolean =>
  (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

/** What to read, and the files found in folders that are not of a type the CLI reads. */
export interface InputFiles {
  files: string[];
  skipped: string[];
}

async function walk(folder: string): Promise<InputFiles> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map(async (entry): Promise<InputFiles> => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return walk(full);
        if (!entry.isFile()) return { files: [], skipped: [] };
        return isArticleFile(entry.name) ? { files: [full], skipped: [] } : { files: [], skipped: [full] };
      }),
  );
  return { files: nested.flatMap((found) => found.files), skipped: nested.flatMap((found) => found.skipped) };
}

/**
 * Given the paths on the command line, returns the files to read: a file as given (whatever its
 * type, so an unsupported one is reported rather than ignored), a folder as its article files at
 * any depth, sorted so runs are repeatable; `-` (stdin) stays. Files of other types in a folder
 * are returned as `skipped`, so the summary can count them; hidden ones (`.DS_Store`, `.git`) are
 * passed over unmentioned.
 */
export async function listInputFiles(inputs: readonly string[]): Promise<InputFiles> {
  const found: InputFiles = { files: [], skipped: [] };
  for (const input of inputs) {
    const info = input === '-' ? null : await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const inFolder = await walk(input);
      found.files.push(...inFolder.files.sort());
      found.skipped.push(...inFolder.skipped.sort());
    } else found.files.push(input);
  }
  return found;
}

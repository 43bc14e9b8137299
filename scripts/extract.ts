import { readFile } from 'node:fs/promises';
import { runCommand, UsageError } from '../src/cli';
import { extract, parseArticleFile } from '../src/extraction';
import { DEFAULT_TAXONOMY } from '../src/topic/default-taxonomy';

const USAGE = `Usage: npm run extract -- FILE [FILE…]

Prints the extraction of each article file (line 1 the headline, an optional dateline line, then
one paragraph a line) as JSON: quotes, speakers, places, topics. Reads only; changes nothing.

  --help   this text`;

async function readArticleFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code})`);
  }
}

/** `npm run extract -- FILE…`: prints the extraction of each article file as JSON. */
runCommand(
  { name: 'extract', usage: USAGE, positionals: { min: 1, max: Infinity } },
  async ({ positionals }) => {
    const results = [];
    for (const file of positionals) {
      const article = parseArticleFile(await readArticleFile(file));
      results.push({ file, ...extract(article, { taxonomy: DEFAULT_TAXONOMY }) });
    }
    process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  },
);

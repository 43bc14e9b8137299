import { readFileSync } from 'node:fs';
import { extract, parseArticleFile } from '../src/extraction';
import { DEFAULT_TAXONOMY } from '../src/topic/default-taxonomy';

/**
 * `npm run extract -- FILE…`: prints the extraction of each article file (line 1 the headline,
 * an optional dateline line, then one paragraph a line) as JSON.
 */
function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run extract -- FILE [FILE…]\n');
    return 2;
  }
  const results = files.map((file) => ({
    file,
    ...extract(parseArticleFile(readFileSync(file, 'utf8')), { taxonomy: DEFAULT_TAXONOMY }),
  }));
  process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extract, parseArticleFile } from '../src/extraction';
import {
  formatSummary,
  readGold,
  scoreArticle,
  summariseScores,
  type ArticleScore,
} from '../src/extraction/evaluation';
import { DEFAULT_TAXONOMY } from '../src/topic/default-taxonomy';

/**
 * `npm run eval -- DIR [--verbose]`: scores the extraction of every NAME.txt in DIR that has a
 * NAME.gold.json beside it — quotes by kind at token overlap 0.8 and 0.3, speaker accuracy on
 * matched quotes, places — and prints the corpus figures (and, verbose, every miss).
 */
function main(args: readonly string[]): number {
  const dir = args.find((arg) => !arg.startsWith('--'));
  const verbose = args.includes('--verbose');
  if (dir === undefined || !existsSync(dir)) {
    process.stderr.write(
      `usage: npm run eval -- DIR [--verbose]${dir === undefined ? '' : ` (${dir} not found)`}\n`,
    );
    return 2;
  }
  const scores: ArticleScore[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const goldFile = join(dir, file.replace(/\.txt$/, '.gold.json'));
    if (!existsSync(goldFile)) continue;
    const result = extract(parseArticleFile(readFileSync(join(dir, file), 'utf8')), {
      taxonomy: DEFAULT_TAXONOMY,
    });
    const score = scoreArticle(
      basename(file, '.txt'),
      result,
      readGold(JSON.parse(readFileSync(goldFile, 'utf8'))),
    );
    scores.push(score);
    if (verbose) for (const note of score.notes) process.stdout.write(`${score.name}: ${note}\n`);
  }
  if (scores.length === 0) {
    process.stderr.write(`no NAME.txt + NAME.gold.json pairs in ${dir}\n`);
    return 1;
  }
  process.stdout.write(`${formatSummary(summariseScores(scores))}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

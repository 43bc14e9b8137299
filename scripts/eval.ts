import { existsSync } from 'node:fs';
import { extract } from '../src/extraction';
import { formatReport, loadCorpus, scoreArticle } from '../src/extraction/evaluation';
import { DEFAULT_TAXONOMY } from '../src/topic/default-taxonomy';

const USAGE = `usage: npm run eval -- DIR [--verbose]

Scores the extraction of every NAME.txt in DIR that has a NAME.gold.json beside it, by the rules of
the corpus README: quotes by kind at token overlap 0.8 and 0.3 (optional items neither rewarded nor
punished), speaker accuracy on matched quotes with a named speaker, places, and the military-bases
topic. Prints a row per article, a row per family (file-name prefix) and the corpus figures;
--verbose adds every miss. Reads only; changes nothing.
`;

function main(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = args.find((arg) => arg.startsWith('-') && arg !== '--verbose');
  const dirs = args.filter((arg) => !arg.startsWith('-'));
  const dir = dirs[0];
  if (unknown !== undefined || dir === undefined || dirs.length > 1) {
    process.stderr.write(unknown ? `eval: unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  if (!existsSync(dir)) {
    process.stderr.write(`eval: ${dir} not found\n`);
    return 2;
  }
  let corpus;
  try {
    corpus = loadCorpus(dir);
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (corpus.length === 0) {
    process.stderr.write(`eval: no NAME.txt + NAME.gold.json pairs in ${dir}\n`);
    return 2;
  }
  const scores = corpus.map(({ name, article, gold }) =>
    scoreArticle(name, extract(article, { taxonomy: DEFAULT_TAXONOMY }), gold),
  );
  if (args.includes('--verbose'))
    for (const score of scores)
      for (const note of score.notes) process.stdout.write(`${score.name}: ${note}\n`);
  process.stdout.write(`${formatReport(scores)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

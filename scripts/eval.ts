import { existsSync } from 'node:fs';
import { runCommand, UsageError } from '../src/cli';
import { extract } from '../src/extraction';
import { formatReport, loadCorpus, scoreArticle } from '../src/extraction/evaluation';
import { DEFAULT_TAXONOMY } from '../src/topic/default-taxonomy';

const USAGE = `Usage: npm run eval -- DIR [--verbose]

Scores the extraction of every NAME.txt in DIR that has a NAME.gold.json beside it, by the rules of
the corpus README: quotes by kind at token overlap 0.8 and 0.3 (optional items neither rewarded nor
punished), speaker accuracy on matched quotes with a named speaker, places, and the military-bases
topic. Prints a row per article, a row per family (file-name prefix) and the corpus figures;
--verbose adds every miss. Reads only; changes nothing.`;

function loadOrRefuse(dir: string): ReturnType<typeof loadCorpus> {
  if (!existsSync(dir)) throw new UsageError(`${dir} not found`);
  let corpus;
  try {
    corpus = loadCorpus(dir);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (corpus.length === 0) throw new UsageError(`no NAME.txt + NAME.gold.json pairs in ${dir}`);
  return corpus;
}

/** `npm run eval -- DIR [--verbose]`: prints extraction scores against the gold files in DIR. */
runCommand(
  { name: 'eval', usage: USAGE, options: { verbose: { type: 'boolean' } }, positionals: { min: 1, max: 1 } },
  ({ values, positionals: [dir = ''] }) => {
    const scores = loadOrRefuse(dir).map(({ name, article, gold }) =>
      scoreArticle(name, extract(article, { taxonomy: DEFAULT_TAXONOMY }), gold),
    );
    if (values.verbose)
      for (const score of scores)
        for (const note of score.notes) process.stdout.write(`${score.name}: ${note}\n`);
    process.stdout.write(`${formatReport(scores)}\n`);
  },
);

import { NAME_PARTICLES } from '../lexicon/function-words';
import type { Token } from '../text/tokenize';

const CONNECTORS = new Set(['of', 'for', 'the', ...NAME_PARTICLES]);

/**
 * Given the words of a paragraph, returns runs of capitalised words joined by single spaces
 * ("President of Russia Vladimir Putin"), each as indexes into `tokens`. Lowercase connectors
 * ("of", "the", "von") stay inside a run but never end one; a possessive word ends its run.
 */
export function nameRuns(text: string, tokens: readonly Token[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first === undefined || !first.capitalised) {
      i += 1;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const previous = tokens[j - 1];
      const token = tokens[j];
      if (previous === undefined || token === undefined || previous.possessive) break;
      if (text.slice(previous.end, token.start) !== ' ') break;
      if (token.capitalised) last = j;
      else if (!CONNECTORS.has(token.lower)) break;
      j += 1;
    }
    runs.push({ from: i, to: last });
    i = last + 1;
  }
  return runs;
}

import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The real articles with gold labels: `CORPUS_DIR`, else `../shared/corpus` beside the repository.
 * Their text is not ours to copy, so tests read it from there and never vendor it.
 */
export const CORPUS_DIR = path.resolve(
  process.env['CORPUS_DIR'] ?? path.join(__dirname, '../../../shared/corpus'),
);

/**
 * Given nothing, tells whether the corpus is there. Under `CI=true` a missing corpus throws, so the
 * corpus tests fail rather than skip in CI; elsewhere it says why they skip.
 */
export function corpusPresent(): boolean {
  if (existsSync(CORPUS_DIR)) return true;
  const message = `corpus not found at ${CORPUS_DIR} (set CORPUS_DIR)`;
  if (process.env['CI'] === 'true') throw new Error(`${message}: the corpus tests cannot run`);
  process.stderr.write(`${message}: corpus tests skipped\n`);
  return false;
}

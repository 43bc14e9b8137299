import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticleFile } from '../article-file';
import type { ArticleText } from '../types';
import { readGold, type GoldArticle } from './gold-article';

/** One labelled article of a corpus folder. */
export interface CorpusArticle {
  /** The file name without `.txt` ("w01-nyt-trump-troops-middle-east"). */
  name: string;
  article: ArticleText;
  gold: GoldArticle;
}

/**
 * Given a folder, returns every `NAME.txt` that has a `NAME.gold.json` beside it, in name order,
 * the text read as the ingest CLI reads a `.txt` file. Throws naming the file whose gold is malformed.
 */
export function loadCorpus(dir: string): CorpusArticle[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt') && existsSync(join(dir, file.replace(/\.txt$/, '.gold.json'))))
    .sort()
    .map((file) => {
      const goldFile = join(dir, file.replace(/\.txt$/, '.gold.json'));
      let gold: GoldArticle;
      try {
        gold = readGold(JSON.parse(readFileSync(goldFile, 'utf8')));
      } catch (error) {
        throw new Error(`${goldFile}: ${error instanceof Error ? error.message : String(error)}`);
      }
      return {
        name: basename(file, '.txt'),
        article: parseArticleFile(readFileSync(join(dir, file), 'utf8')),
        gold,
      };
    });
}

import type { DataSource } from 'typeorm';
import { EXTRACTOR_VERSION } from '../../extraction';
import { reasonOf } from '../cli/article-record';
import type { Progress } from '../cli/progress';
import { reextractArticle } from './reextract-article';

/** What a re-extraction run did, with each failure's article id and reason. */
export interface ReextractTally {
  changed: number;
  unchanged: number;
  /** Deleted while the run went on. */
  gone: number;
  failed: { articleId: number; reason: string }[];
}

/** What a run needs: the database, which articles, how many at once, and a progress reporter. */
export interface ReextractOptions {
  dataSource: DataSource;
  scope: 'all' | 'outdated';
  concurrency: number;
  progress: Progress;
}

// Ids are read a page at a time, so an archive of any size is never held in memory.
const BATCH = 200;

/** Given a parameter number n, returns SQL picking the articles of a scope from two parameters: $n "all", $n+1 the current version. */
export const inScope = (n: number): string => `($${n}::boolean OR extractor_version <> $${n + 1}::integer)`;

/** Given a database and a scope, returns how many stored articles a run over that scope would extract again. */
export async function countArticlesToReextract(
  dataSource: DataSource,
  scope: 'all' | 'outdated',
): Promise<number> {
  const [row] = (await dataSource.query(`SELECT count(*)::integer AS n FROM articles WHERE ${inScope(1)}`, [
    scope === 'all',
    EXTRACTOR_VERSION,
  ])) as { n: number }[];
  return row?.n ?? 0;
}

/**
 * Given a database and a scope, extracts the stored articles of that scope again, in id order, a
 * batch of ids at a time and `concurrency` articles at once, each in its own transaction (one
 * failure loses nothing else), and returns the tally. Articles stored while it runs are new, and
 * were extracted by the current version already.
 */
export async function reextractArticles(options: ReextractOptions): Promise<ReextractTally> {
  const tally: ReextractTally = { changed: 0, unchanged: 0, gone: 0, failed: [] };
  for (let after = 0; ;) {
    const rows = (await options.dataSource.query(
      `SELECT id FROM articles WHERE id > $1 AND ${inScope(2)} ORDER BY id LIMIT ${BATCH}`,
      [after, options.scope === 'all', EXTRACTOR_VERSION],
    )) as { id: number }[];
    if (rows.length === 0) return tally;
    after = rows[rows.length - 1]?.id ?? after;
    const ids = rows.map((row) => row.id);
    const worker = async (): Promise<void> => {
      for (let id = ids.shift(); id !== undefined; id = ids.shift()) {
        try {
          const result = await reextractArticle(options.dataSource, id);
          if (result === 'changed') tally.changed += 1;
          else if (result === 'unchanged') tally.unchanged += 1;
          else tally.gone += 1;
        } catch (error) {
          tally.failed.push({ articleId: id, reason: reasonOf(error) });
        }
        options.progress.advance();
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  }
}

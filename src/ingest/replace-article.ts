import type { DataSource, EntityManager } from 'typeorm';
import { reapplyEditorialFixes } from '../editorial/reapply-editorial-fixes';
import { UserInputError } from '../graphql/errors/coded-errors';
import { removeSpeakersWithoutQuotes } from './remove-speakers-without-quotes';
import { retryTransaction } from './retry-transaction';
import { storeDocument, type StoredDocument } from './store-document';

/** How a replacement runs: re-extract even when nothing differs; only if the stored text still has this hash. */
export interface ReplaceOptions {
  force: boolean;
  /** Work to commit with the replacement or not at all, run once the article is stored (see InTheSameTransaction). */
  alsoInTransaction?: (manager: EntityManager, stored: StoredDocument) => Promise<void>;
  /** The content hash the document was extracted from; another one stored means the text moved on ('stale'). */
  expectedContentHash?: string;
}

/** What a replacement did: a StoredDocument, or `stale` when the stored text was not the one expected. */
export type Replacement = StoredDocument | { article: null; status: 'stale'; speakerIds: [] };

/**
 * Given a stored article's id and an ingest document for it, replaces the article in one transaction
 * (retried on deadlock or a lost race): its row, its quotes by the new extraction (ids of quotes
 * whose words and speaker stay are kept), their links; then the editorial fixes on it are applied
 * again and speakers left without quotes are dropped, in the same transaction.
 */
export async function replaceArticle(
  runner: DataSource | EntityManager,
  articleId: number,
  document: string,
  options: ReplaceOptions,
): Promise<Replacement> {
  return retryTransaction(() =>
    runner.transaction(async (manager): Promise<Replacement> => {
      if (options.expectedContentHash !== undefined) {
        const rows = (await manager.query(
          `SELECT content_hash AS hash FROM articles WHERE id = $1 FOR UPDATE`,
          [articleId],
        )) as { hash: string }[];
        const [row] = rows;
        if (!row) return { article: null, status: 'not_found', speakerIds: [] };
        if (row.hash !== options.expectedContentHash)
          return { article: null, status: 'stale', speakerIds: [] };
      }
      const stored = await storeDocument(manager, document, { articleId, force: options.force });
      if (stored.status === 'updated') {
        await reapplyEditorialFixes(manager, articleId);
        await removeSpeakersWithoutQuotes(manager, stored.speakerIds);
      }
      if (stored.article && options.alsoInTransaction) await options.alsoInTransaction(manager, stored);
      return stored;
    }),
  );
}

/** Given a replacement's status, throws BAD_USER_INPUT when the new URL or text belongs to another stored article. */
export function refuseDuplicate(status: Replacement['status']): void {
  if (status === 'duplicate_url') {
    throw new UserInputError('"input.url" is the address of another stored article.', { field: 'input.url' });
  }
  if (status === 'duplicate_text') {
    throw new UserInputError('"input.body": another stored article has this exact text.', {
      field: 'input.body',
    });
  }
}

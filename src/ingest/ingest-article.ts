import type { DataSource, EntityManager } from 'typeorm';
import type { Article } from '../article/article.entity';
import { extractDocument } from './extract-document';
import { refuseDuplicate, replaceArticle } from './replace-article';
import { retryTransaction } from './retry-transaction';
import { storeDocument } from './store-document';
import type { ArticleToIngest } from './validate-article-input';

/** What ingesting one article did. */
export interface IngestOutcome {
  article: Article;
  /** False when the same URL or the same text was stored before. */
  created: boolean;
  /** True when a stored article (same URL, or same text) was replaced by a corrected one. */
  updated: boolean;
}

/**
 * Work to commit with the article or not at all: given the transaction and what the ingest did,
 * writes its own rows (a queue worker records a job's outcome this way, so a job retried after a
 * crash finds either both or neither).
 */
export type InTheSameTransaction = (
  manager: EntityManager,
  stored: { articleId: number; created: boolean; updated: boolean },
) => Promise<void>;

// A correction whose article is deleted before it lands is ingested anew; twice is more than enough.
const ATTEMPTS = 3;

/**
 * Given a validated article, extracts its quotes, speakers, places and topics and stores them. The
 * article's identity is its URL when it has one, else the hash of its normalised text. A new one
 * is stored in one statement (its own transaction, retried on deadlock or a lost race); the same
 * article again writes nothing (`created: false, updated: false`); a known one with other text or
 * publication details replaces the stored copy in one transaction (`updated: true`, see
 * replaceArticle). BAD_USER_INPUT when the corrected text is another stored article's.
 * `alsoInTransaction`, when given, runs in the transaction that stored (or found) the article.
 */
export async function ingestArticle(
  dataSource: DataSource,
  article: ArticleToIngest,
  alsoInTransaction?: InTheSameTransaction,
): Promise<IngestOutcome> {
  const document = await extractDocument(dataSource.manager, article);
  for (let attempt = 1; ; attempt += 1) {
    const first = await retryTransaction(() =>
      alsoInTransaction
        ? dataSource.transaction(async (manager) => {
            const stored = await storeDocument(manager, document.json);
            if (stored.article && stored.status !== 'changed') {
              const created = stored.status === 'created';
              await alsoInTransaction(manager, { articleId: stored.article.id, created, updated: false });
            }
            return stored;
          })
        : storeDocument(dataSource, document.json),
    );
    if (!first.article) throw new Error('ingest_article_row returned no row');
    if (first.status !== 'changed') {
      return { article: first.article, created: first.status === 'created', updated: false };
    }
    const articleId = first.article.id;
    const replaced = await replaceArticle(dataSource, articleId, document.json, {
      force: false,
      alsoInTransaction:
        alsoInTransaction &&
        ((manager, stored) =>
          alsoInTransaction(manager, { articleId, created: false, updated: stored.status === 'updated' })),
    });
    refuseDuplicate(replaced.status);
    if (replaced.article) {
      return { article: replaced.article, created: false, updated: replaced.status === 'updated' };
    }
    if (attempt >= ATTEMPTS) throw new Error('the stored article kept disappearing during its correction');
  }
}

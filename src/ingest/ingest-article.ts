import type { DataSource, EntityManager } from 'typeorm';
import { Article } from '../article/article.entity';
import { hydrate, selectColumns } from '../db/hydrate';
import { findRedirectedSpeakers, foldRedirectedSpeakers } from '../editorial/reapply-editorial-fixes';
import { extract } from '../extraction';
import { contentHash } from './content-hash';
import { ingestDocument } from './ingest-document';
import { loadTaxonomy, topicIds } from './load-taxonomy';
import { retryTransaction } from './retry-transaction';
import type { ArticleToIngest } from './validate-article-input';

/** What ingesting one article did. */
export interface IngestOutcome {
  article: Article;
  /** False when the same URL or the same text was stored before: nothing was written. */
  created: boolean;
}

/**
 * Work to commit with the article or not at all: given the transaction and what the ingest did,
 * writes its own rows (a queue worker records the job's outcome this way, so a job retried after
 * a crash finds either both or neither).
 */
export type InTheSameTransaction = (
  manager: EntityManager,
  stored: { articleId: number; created: boolean },
) => Promise<void>;

/**
 * Given a validated article, extracts its quotes, speakers, places and topics and stores them all in
 * one transaction (retried on deadlock or a lost race). The article's identity is its URL when it has
 * one and the hash of its normalised text always: either seen before means nothing is written and
 * `created` is false. `alsoInTransaction`, when given, runs in the same transaction after the store.
 */
export async function ingestArticle(
  dataSource: DataSource,
  article: ArticleToIngest,
  alsoInTransaction?: InTheSameTransaction,
): Promise<IngestOutcome> {
  const taxonomy = await loadTaxonomy(dataSource.manager);
  // Extraction is pure CPU work: it runs before the transaction so no connection waits on it.
  const extraction = extract(
    { title: article.title, body: article.body, dateline: article.dateline, source: article.source },
    { taxonomy },
  );
  const document = JSON.stringify(
    ingestDocument(article, extraction, contentHash(extraction.title, extraction.body), topicIds(taxonomy)),
  );
  // One statement stores everything and answers with the stored row (see migrations
  // IngestArticleFunction and IngestArticleRow): its own transaction, one round trip.
  const store = `SELECT ${selectColumns(dataSource, Article, '(r.article)')}, r.created AS "ingestCreated"
                   FROM ingest_article_row($1::jsonb) r`;
  const [outcome] = (await retryTransaction(() =>
    alsoInTransaction
      ? dataSource.transaction(async (manager) => {
          const rows = (await manager.query(store, [document])) as Record<string, unknown>[];
          const row = rows[0];
          if (row)
            await alsoInTransaction(manager, {
              articleId: Number(row['id']),
              created: row['ingestCreated'] === true,
            });
          return rows;
        })
      : dataSource.query(store, [document]),
  )) as Record<string, unknown>[];
  if (!outcome) throw new Error('ingest_article_row returned no row');
  const { ingestCreated, ...columns } = outcome;
  const stored = hydrate(Article, [columns])[0] as Article;
  // A speaker an editor merged away, named again by this article, goes back to the one it became.
  // One read when nothing was merged; a transaction only when something must move.
  const redirected =
    ingestCreated === true ? await findRedirectedSpeakers(dataSource.manager, stored.id) : [];
  if (redirected.length > 0) {
    await retryTransaction(() =>
      dataSource.transaction((manager) => foldRedirectedSpeakers(manager, redirected)),
    );
  }
  return { article: stored, created: ingestCreated === true };
}

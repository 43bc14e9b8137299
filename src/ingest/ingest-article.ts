import type { DataSource, EntityManager } from 'typeorm';
import { Article } from '../article/article.entity';
import { hydrate, selectColumns } from '../db/hydrate';
import { extract, type ExtractionResult } from '../extraction';
import { contentHash } from './content-hash';
import { loadTaxonomy } from './load-taxonomy';
import { retryTransaction } from './retry-transaction';
import { storeLocations } from './store-locations';
import { storeArticleLocations, storeQuotes } from './store-quotes';
import { storeSpeakers } from './store-speakers';
import type { ArticleToIngest } from './validate-article-input';

/** What ingesting one article did. */
export interface IngestOutcome {
  article: Article;
  /** False when the same URL or the same text was stored before: nothing was written. */
  created: boolean;
}

async function findExisting(
  manager: EntityManager,
  url: string | null,
  hash: string,
): Promise<Article | null> {
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${selectColumns(manager.connection, Article, 'a')} FROM articles a
      WHERE a.content_hash = $1 OR (a.url IS NOT NULL AND a.url = $2) LIMIT 1`,
    [hash, url],
  );
  return hydrate(Article, rows)[0] ?? null;
}

async function insertArticle(
  manager: EntityManager,
  article: ArticleToIngest,
  extraction: ExtractionResult,
  hash: string,
): Promise<Article | null> {
  const rows: Record<string, unknown>[] = await manager.query(
    `INSERT INTO articles (url, content_hash, source, title, body, dateline, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT DO NOTHING
     RETURNING ${selectColumns(manager.connection, Article, 'articles')}`,
    [
      article.url,
      hash,
      article.source,
      extraction.title,
      extraction.body,
      article.dateline,
      article.publishedAt,
    ],
  );
  return hydrate(Article, rows)[0] ?? null;
}

/**
 * Given a validated article, extracts its quotes, speakers, places and topics and stores them all in
 * one transaction (retried on deadlock or a lost race). The article's identity is its URL when it has
 * one and the hash of its normalised text always: either seen before means nothing is written and
 * `created` is false.
 */
export async function ingestArticle(
  dataSource: DataSource,
  article: ArticleToIngest,
): Promise<IngestOutcome> {
  const taxonomy = await loadTaxonomy(dataSource.manager);
  // Extraction is pure CPU work: it runs before the transaction so no connection waits on it.
  const extraction = extract(
    { title: article.title, body: article.body, dateline: article.dateline, source: article.source },
    { taxonomy },
  );
  const hash = contentHash(extraction.title, extraction.body);
  return retryTransaction(() =>
    dataSource.transaction(async (manager) => {
      const stored = await insertArticle(manager, article, extraction, hash);
      if (!stored) {
        const existing = await findExisting(manager, article.url, hash);
        if (!existing) throw Object.assign(new Error('article conflict vanished'), { code: '40001' });
        return { article: existing, created: false };
      }
      const speakers = await storeSpeakers(manager, extraction.speakers);
      const locations = await storeLocations(manager, extraction.locations);
      const topics = new Map(taxonomy.map((topic) => [topic.slug, topic.id]));
      await storeQuotes(manager, stored.id, extraction.quotes, { speakers, locations, topics });
      await storeArticleLocations(manager, stored.id, locations.values());
      return { article: stored, created: true };
    }),
  );
}

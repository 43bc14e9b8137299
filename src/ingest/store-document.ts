import { DataSource, type EntityManager } from 'typeorm';
import { Article } from '../article/article.entity';
import { hydrate, selectColumns } from '../db/hydrate';

/**
 * What `ingest_article` did with a document (migration ArticleCorrections): stored a new article,
 * found it unchanged, found it `changed` (nothing written: the caller replaces it by id), replaced
 * it (`updated`), or could not (`not_found`, or its URL or text is another article's).
 */
export type StoreStatus =
  'created' | 'unchanged' | 'changed' | 'updated' | 'not_found' | 'duplicate_url' | 'duplicate_text';

/** The stored article (null when not found), what happened, and the speakers a replacement touched. */
export interface StoredDocument {
  article: Article | null;
  status: StoreStatus;
  /** Speakers the replaced quotes had or got: those left without quotes are dropped afterwards. */
  speakerIds: number[];
}

/** Where the stored article's replacement goes: an article id, and whether to re-extract even when nothing differs. */
export interface StoreTarget {
  articleId: number;
  force: boolean;
}

/**
 * Given a connection or a transaction, an ingest document (JSON) and, to replace a stored article,
 * its id, runs `ingest_article_row` (one statement) and returns the stored row and what it did.
 */
export async function storeDocument(
  runner: DataSource | EntityManager,
  document: string,
  target: StoreTarget | null = null,
): Promise<StoredDocument> {
  const dataSource = runner instanceof DataSource ? runner : runner.dataSource;
  const [row] = (await runner.query(
    `SELECT ${selectColumns(dataSource, Article, '(r.article)')},
            r.status AS "storeStatus", r.speaker_ids AS "storeSpeakerIds"
       FROM ingest_article_row($1::jsonb, $2::integer, $3::boolean) r`,
    [document, target?.articleId ?? null, target?.force ?? false],
  )) as Record<string, unknown>[];
  if (!row) return { article: null, status: 'not_found', speakerIds: [] };
  const { storeStatus, storeSpeakerIds, ...columns } = row;
  return {
    article: hydrate(Article, [columns])[0] ?? null,
    status: storeStatus as StoreStatus,
    speakerIds: (storeSpeakerIds as number[] | null) ?? [],
  };
}

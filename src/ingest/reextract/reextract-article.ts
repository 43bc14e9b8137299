import { DataSource, type EntityManager } from 'typeorm';
import { extractDocument } from '../extract-document';
import { replaceArticle } from '../replace-article';
import type { ArticleToIngest } from '../validate-article-input';

/** What re-extracting one article did: its quotes or links changed, stayed as they were, or it is gone. */
export type ReextractResult = 'changed' | 'unchanged' | 'missing';

interface StoredText extends ArticleToIngest {
  contentHash: string;
}

// A correction landing between reading the text and storing its extraction makes the read stale:
// read again, a few times at most.
const ATTEMPTS = 3;

async function readStoredText(
  runner: DataSource | EntityManager,
  articleId: number,
): Promise<StoredText | null> {
  const [row] = (await runner.query(
    `SELECT title, body, url, source, dateline, published_at AS "publishedAt", content_hash AS "contentHash"
       FROM articles WHERE id = $1`,
    [articleId],
  )) as StoredText[];
  return row ?? null;
}

/**
 * Given a connection (or a transaction: the work then runs in a savepoint of it) and a stored
 * article's id, runs the current extractor over the article's stored text and replaces its quotes,
 * speakers' links, places and topics in one transaction, stamping the current EXTRACTOR_VERSION.
 * Ids of quotes whose words and speaker stay are kept, editorial fixes are applied again, speakers
 * and places other articles use stay. Safe to run twice or alongside a correction of the article.
 */
export async function reextractArticle(
  runner: DataSource | EntityManager,
  articleId: number,
): Promise<ReextractResult> {
  const manager = runner instanceof DataSource ? runner.manager : runner;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const stored = await readStoredText(runner, articleId);
    if (!stored) return 'missing';
    const document = await extractDocument(manager, stored);
    const replaced = await replaceArticle(runner, articleId, document.json, {
      force: true,
      expectedContentHash: stored.contentHash,
    });
    if (replaced.status === 'not_found') return 'missing';
    if (replaced.status === 'duplicate_text') {
      throw new Error(`article ${articleId}: its text, normalised again, is another stored article's`);
    }
    if (replaced.status !== 'stale') return replaced.status === 'updated' ? 'changed' : 'unchanged';
  }
  throw new Error(`article ${articleId} kept changing while it was extracted again`);
}

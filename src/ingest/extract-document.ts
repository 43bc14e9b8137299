import type { EntityManager } from 'typeorm';
import { extract } from '../extraction';
import { contentHash } from './content-hash';
import { ingestDocument } from './ingest-document';
import { loadTaxonomy, topicIds } from './load-taxonomy';
import type { ArticleToIngest } from './validate-article-input';

/** An article extracted and ready for `ingest_article`: the document as JSON and the text's hash. */
export interface ExtractedDocument {
  json: string;
  contentHash: string;
}

/**
 * Given a connection and a validated article, extracts it against the stored taxonomy and returns
 * the ingest document. Extraction is pure CPU work: callers run it before any transaction, so no
 * connection waits on it.
 */
export async function extractDocument(
  manager: EntityManager,
  article: ArticleToIngest,
): Promise<ExtractedDocument> {
  const taxonomy = await loadTaxonomy(manager);
  const extraction = extract(
    { title: article.title, body: article.body, dateline: article.dateline, source: article.source },
    { taxonomy },
  );
  const hash = contentHash(extraction.title, extraction.body);
  return {
    json: JSON.stringify(ingestDocument(article, extraction, hash, topicIds(taxonomy))),
    contentHash: hash,
  };
}

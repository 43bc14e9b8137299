import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction';
import { contentHash } from '../../src/ingest/content-hash';
import { ingestDocument } from '../../src/ingest/ingest-document';
import { loadTaxonomy, topicIds } from '../../src/ingest/load-taxonomy';
import { validateArticleInput } from '../../src/ingest/validate-article-input';
import { SAMPLE_ARTICLES } from '../../src/seed/sample-articles';
import { useTestEnvironment } from '../helpers/test-environment';

/** The keys of the document and of every object in its arrays, by the path to them, sorted. */
function documentKeys(value: Record<string, unknown>, path = 'ingest_document'): Record<string, string[]> {
  const keys: Record<string, string[]> = { [path]: Object.keys(value).sort() };
  for (const [key, item] of Object.entries(value)) {
    const first: unknown = Array.isArray(item) ? item[0] : undefined;
    if (first !== null && typeof first === 'object') {
      Object.assign(keys, documentKeys(first as Record<string, unknown>, `${path}.${key}`));
    }
  }
  return keys;
}

/**
 * The ingest document has one definition on each side, and they agree: the keys
 * src/ingest/ingest-document.ts writes are exactly the attributes of the composite types
 * `ingest_article(doc)` reads them into, at every level. A renamed or missing key fails here
 * instead of arriving in the database as NULL.
 */
describe('the ingest document', () => {
  const env = useTestEnvironment();

  /** The attributes of a composite type and, under `path.attribute`, those of its composite arrays. */
  async function typeAttributes(type: string, path = 'ingest_document'): Promise<Record<string, string[]>> {
    const rows = (await env.dataSource.query(
      `SELECT a.attname AS name, element.typname AS "elementType", element.typrelid <> 0 AS composite
         FROM pg_attribute a
         JOIN pg_type t ON t.oid = a.atttypid
         LEFT JOIN pg_type element ON element.oid = t.typelem AND t.typcategory = 'A'
        WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [type],
    )) as { name: string; elementType: string | null; composite: boolean | null }[];
    const attributes: Record<string, string[]> = { [path]: rows.map((row) => row.name).sort() };
    for (const row of rows) {
      if (row.composite && row.elementType) {
        Object.assign(attributes, await typeAttributes(row.elementType, `${path}.${row.name}`));
      }
    }
    return attributes;
  }

  it('has the keys the database reads it by, at every level', async () => {
    // SAMPLE DATA: the first sample article has speakers, places and quotes on topics.
    const article = validateArticleInput(SAMPLE_ARTICLES[0] as never, { maxBodyBytes: 200_000 });
    const taxonomy = await loadTaxonomy(env.dataSource.manager);
    const extraction = extract(article, { taxonomy });
    const document = ingestDocument(
      article,
      extraction,
      contentHash(extraction.title, extraction.body),
      topicIds(taxonomy),
    );
    expect(document.speakers.length).toBeGreaterThan(0);
    expect(document.locations.length).toBeGreaterThan(0);
    expect(document.quotes.some((quote) => quote.topic_ids.length > 0)).toBe(true);
    expect(documentKeys(document as never)).toEqual(await typeAttributes('ingest_document'));
  });
});

import type { EntityManager } from 'typeorm';

/**
 * Given a topic, tags every stored quote its keywords match, in one SQL statement over the indexed
 * `tsvector`s (stemmed like the extractor): a strong keyword in the quote, or a weak keyword in the
 * quote while its article carries a strong one. Returns how many quotes were newly tagged.
 */
export async function tagStoredQuotes(
  manager: EntityManager,
  topic: { id: number; keywords: readonly string[]; weakKeywords: readonly string[] },
): Promise<number> {
  const rows: unknown[] = await manager.query(
    `WITH strong AS (
       SELECT string_agg('(' || phrase::text || ')', ' | ')::tsquery AS query
         FROM (SELECT phraseto_tsquery('english', keyword) AS phrase FROM unnest($2::text[]) keyword) phrases
        WHERE phrase::text <> ''
     ), weak AS (
       SELECT string_agg('(' || phrase::text || ')', ' | ')::tsquery AS query
         FROM (SELECT phraseto_tsquery('english', keyword) AS phrase FROM unnest($3::text[]) keyword) phrases
        WHERE phrase::text <> ''
     ), matched AS (
       SELECT q.id FROM quotes q, strong WHERE q.search @@ strong.query
       UNION
       SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id, strong, weak
        WHERE q.search @@ weak.query AND a.search @@ strong.query
     ), inserted AS (
       INSERT INTO quote_topics (quote_id, topic_id) SELECT id, $1 FROM matched
       ON CONFLICT DO NOTHING RETURNING quote_id
     )
     SELECT count(*)::integer AS tagged FROM inserted`,
    [topic.id, topic.keywords, topic.weakKeywords],
  );
  return (rows[0] as { tagged: number } | undefined)?.tagged ?? 0;
}

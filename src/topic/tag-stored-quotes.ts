import type { EntityManager } from 'typeorm';
import { keywordQuery } from './keyword-tsquery';

function queries(
  keywords: readonly string[],
  role: 'strong' | 'weak',
): { roles: string[]; sources: string[] } {
  const roles: string[] = [];
  const sources: string[] = [];
  for (const query of keywords.map(keywordQuery)) {
    if (query === null) continue;
    roles.push(query.exception ? 'exception' : role);
    sources.push(query.source);
  }
  return { roles, sources };
}

/**
 * Given a topic, tags every stored quote its keywords match, in one SQL statement over the indexed
 * `tsvector`s (stemmed like the extractor): a strong keyword in the quote, or a weak keyword in the
 * quote while its article carries a strong one, and no exception of the topic in the quote. Only
 * the quote's own words are read: the extractor's judgement of a quote by its paragraph and its
 * article's lead is not repeated here. Returns how many quotes were newly tagged.
 */
export async function tagStoredQuotes(
  manager: EntityManager,
  topic: { id: number; keywords: readonly string[]; weakKeywords: readonly string[] },
): Promise<number> {
  const strong = queries(topic.keywords, 'strong');
  const weak = queries(topic.weakKeywords, 'weak');
  const rows: unknown[] = await manager.query(
    `WITH keyword AS (
       SELECT role, to_tsquery('english', source) AS query
         FROM unnest($2::text[], $3::text[]) AS k(role, source)
     ), joined AS (
       SELECT role, string_agg('(' || query::text || ')', ' | ')::tsquery AS query
         FROM keyword WHERE query::text <> '' GROUP BY role
     ), strong AS (SELECT query FROM joined WHERE role = 'strong'
     ), weak AS (SELECT query FROM joined WHERE role = 'weak'
     ), matched AS (
       SELECT q.id FROM quotes q, strong WHERE q.search @@ strong.query
       UNION
       SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id, strong, weak
        WHERE q.search @@ weak.query AND a.search @@ strong.query
     ), inserted AS (
       INSERT INTO quote_topics (quote_id, topic_id)
       SELECT q.id, $1 FROM matched m JOIN quotes q ON q.id = m.id
        WHERE NOT EXISTS (SELECT 1 FROM joined e WHERE e.role = 'exception' AND q.search @@ e.query)
       ON CONFLICT DO NOTHING RETURNING quote_id
     )
     SELECT count(*)::integer AS tagged FROM inserted`,
    [topic.id, [...strong.roles, ...weak.roles], [...strong.sources, ...weak.sources]],
  );
  return (rows[0] as { tagged: number } | undefined)?.tagged ?? 0;
}

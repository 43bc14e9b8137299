/** One benchmarked question: the GraphQL operation, and the same answer as one hand-written SQL statement. */
export interface BenchQuery {
  name: string;
  graphql: string;
  /** The floor: the whole answer built by Postgres in one statement (json_agg), `$1` the query's parameter. */
  sql: string | null;
  parameter: string | null;
  /**
   * The same question in the schema PostGraphile 5 (Amber preset) generates from our tables, for a
   * side-by-side run; null where it has no equivalent (full-text search needs a plugin there).
   */
  postgraphile: string | null;
  /** The floor runs as a named prepared statement, as the API does, except where a search decides the plan. */
  prepared: boolean;
}

/** Given a speaker slug present in the database, returns the queries (a)–(e) of the benchmark. */
export function benchQueries(speakerSlug: string): BenchQuery[] {
  return [
    {
      name: '(a) { __typename }',
      graphql: '{ __typename }',
      sql: null,
      parameter: null,
      postgraphile: '{ __typename }',
      prepared: false,
    },
    {
      name: '(b) topic → quotes(20) → speaker, article',
      graphql: `{ topic(slug: "military-bases") { quotes(first: 20) { nodes { text speaker { name role } article { title publishedAt } } } } }`,
      parameter: 'military-bases',
      prepared: true,
      postgraphile: `{ allTopics(condition: { slug: "military-bases" }, first: 1) { nodes {
        quoteTopicsByTopicId(first: 20, orderBy: QUOTE_ID_DESC) { nodes { quoteByQuoteId {
          text speakerBySpeakerId { name role } articleByArticleId { title publishedAt } } } } } } }`,
      sql: `SELECT json_build_object('topic', json_build_object('quotes', json_build_object('nodes', coalesce(json_agg(page.node ORDER BY page.id DESC), '[]'))))
              FROM (SELECT qt.quote_id AS id, json_build_object('text', q.text,
                             'speaker', json_build_object('name', s.name, 'role', s.role),
                             'article', json_build_object('title', a.title, 'publishedAt', a.published_at)) AS node
                      FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id
                      JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
                     WHERE qt.topic_id = (SELECT id FROM topics WHERE slug = $1)
                     ORDER BY qt.quote_id DESC LIMIT 20) page`,
    },
    {
      name: '(c) quotes(search: "military base", 20) → speaker, article',
      graphql: `{ quotes(first: 20, filter: { search: "military base" }) { nodes { text speaker { name } article { title } } } }`,
      parameter: 'military base',
      postgraphile: null,
      prepared: false,
      // Matches newest first, as the API lists them: cut to 20 first, then join.
      sql: `SELECT json_build_object('quotes', json_build_object('nodes', coalesce(json_agg(json_build_object('text', page.text,
                       'speaker', json_build_object('name', s.name), 'article', json_build_object('title', a.title))
                     ORDER BY page.id DESC), '[]')))
              FROM (SELECT q.id, q.text, q.speaker_id, q.article_id
                      FROM quotes q WHERE q.search @@ websearch_to_tsquery('english', $1)
                     ORDER BY q.id DESC LIMIT 20) page
              JOIN articles a ON a.id = page.article_id LEFT JOIN speakers s ON s.id = page.speaker_id`,
    },
    {
      name: "(c') the same search ranked by relevance",
      graphql: `{ quotes(first: 20, filter: { search: "military base", rankByRelevance: true }) { nodes { text speaker { name } article { title } } } }`,
      parameter: 'military base',
      postgraphile: null,
      prepared: false,
      // Rank and cut to 20 first, then join: joining every match before the LIMIT would be a straw man.
      sql: `SELECT json_build_object('quotes', json_build_object('nodes', coalesce(json_agg(json_build_object('text', page.text,
                       'speaker', json_build_object('name', s.name), 'article', json_build_object('title', a.title))
                     ORDER BY page.rank DESC, page.id DESC), '[]')))
              FROM (SELECT q.id, q.text, q.speaker_id, q.article_id, ts_rank(q.search, websearch_to_tsquery('english', $1)) AS rank
                      FROM quotes q WHERE q.search @@ websearch_to_tsquery('english', $1)
                     ORDER BY rank DESC, q.id DESC LIMIT 20) page
              JOIN articles a ON a.id = page.article_id LEFT JOIN speakers s ON s.id = page.speaker_id`,
    },
    {
      name: '(d) speaker → quotes(50) → topics',
      graphql: `{ speaker(slug: "${speakerSlug}") { name role quotes(first: 50) { nodes { text topics { name } } } } }`,
      parameter: speakerSlug,
      prepared: true,
      postgraphile: `{ allSpeakers(condition: { slug: "${speakerSlug}" }, first: 1) { nodes { name role
        quotesBySpeakerId(first: 50, orderBy: ROW_ID_DESC) { nodes { text quoteTopicsByQuoteId { nodes { topicByTopicId { name } } } } } } } }`,
      sql: `SELECT json_build_object('speaker', json_build_object('name', s.name, 'role', s.role, 'quotes', json_build_object('nodes',
                (SELECT coalesce(json_agg(page.node ORDER BY page.id DESC), '[]')
                   FROM (SELECT q.id, json_build_object('text', q.text, 'topics',
                                  (SELECT coalesce(json_agg(json_build_object('name', t.name) ORDER BY t.name), '[]')
                                     FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.quote_id = q.id)) AS node
                           FROM quotes q WHERE q.speaker_id = s.id ORDER BY q.id DESC LIMIT 50) page))))
              FROM speakers s WHERE s.slug = $1`,
    },
    {
      name: '(e) articles(20) → quotes(20) → speaker',
      graphql: `{ articles(first: 20) { nodes { title quotes(first: 20) { nodes { text speaker { name } } } } } }`,
      parameter: null,
      prepared: true,
      postgraphile: `{ allArticles(first: 20, orderBy: [SORT_AT_DESC, ROW_ID_DESC]) { nodes { title
        quotesByArticleId(first: 20, orderBy: ROW_ID_ASC) { nodes { text speakerBySpeakerId { name } } } } } }`,
      sql: `SELECT json_build_object('articles', json_build_object('nodes', coalesce(json_agg(page.node ORDER BY page.sort_at DESC, page.id DESC), '[]')))
              FROM (SELECT a.id, a.sort_at, json_build_object('title', a.title, 'quotes', json_build_object('nodes',
                      (SELECT coalesce(json_agg(inner_page.node ORDER BY inner_page.id), '[]')
                         FROM (SELECT q.id, json_build_object('text', q.text, 'speaker', json_build_object('name', s.name)) AS node
                                 FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
                                WHERE q.article_id = a.id ORDER BY q.id LIMIT 20) inner_page))) AS node
                      FROM articles a ORDER BY a.sort_at DESC, a.id DESC LIMIT 20) page`,
    },
  ];
}

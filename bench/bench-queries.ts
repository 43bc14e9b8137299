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
        quoteTopicsByTopicId(first: 20, orderBy: [PUBLISHED_SORT_DESC, QUOTE_ID_DESC]) { nodes { quoteByQuoteId {
          text speakerBySpeakerId { name role } articleByArticleId { title publishedAt } } } } } } }`,
      // Newest published first, as the API lists a topic's quotes: along the topic's (published_sort, quote_id) index.
      sql: `SELECT json_build_object('topic', json_build_object('quotes', json_build_object('nodes', coalesce(json_agg(page.node ORDER BY page.published_sort DESC, page.id DESC), '[]'))))
              FROM (SELECT qt.quote_id AS id, qt.published_sort, json_build_object('text', q.text,
                             'speaker', json_build_object('name', s.name, 'role', s.role),
                             'article', json_build_object('title', a.title, 'publishedAt', a.published_at)) AS node
                      FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id
                      JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
                     WHERE qt.topic_id = (SELECT id FROM topics WHERE slug = $1)
                     ORDER BY qt.published_sort DESC, qt.quote_id DESC LIMIT 20) page`,
    },
    {
      name: '(c) quotes(search: "military base", 20) → speaker, article',
      graphql: `{ quotes(first: 20, filter: { search: "military base" }) { nodes { text speaker { name } article { title } } } }`,
      parameter: 'military base',
      postgraphile: null,
      prepared: false,
      // Matches newest published first, as the API lists them: cut to 20 first, then join.
      sql: `SELECT json_build_object('quotes', json_build_object('nodes', coalesce(json_agg(json_build_object('text', page.text,
                       'speaker', json_build_object('name', s.name), 'article', json_build_object('title', a.title))
                     ORDER BY page.published_sort DESC, page.id DESC), '[]')))
              FROM (SELECT q.id, q.published_sort, q.text, q.speaker_id, q.article_id
                      FROM quotes q WHERE q.search @@ websearch_to_tsquery('english', $1)
                     ORDER BY q.published_sort DESC, q.id DESC LIMIT 20) page
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
        quotesBySpeakerId(first: 50, orderBy: [PUBLISHED_SORT_DESC, ROW_ID_DESC]) { nodes { text quoteTopicsByQuoteId { nodes { topicByTopicId { name } } } } } } } }`,
      sql: `SELECT json_build_object('speaker', json_build_object('name', s.name, 'role', s.role, 'quotes', json_build_object('nodes',
                (SELECT coalesce(json_agg(page.node ORDER BY page.published_sort DESC, page.id DESC), '[]')
                   FROM (SELECT q.id, q.published_sort, json_build_object('text', q.text, 'topics',
                                  (SELECT coalesce(json_agg(json_build_object('name', t.name) ORDER BY t.name), '[]')
                                     FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.quote_id = q.id)) AS node
                           FROM quotes q WHERE q.speaker_id = s.id ORDER BY q.published_sort DESC, q.id DESC LIMIT 50) page))))
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
    {
      name: '(f) topic page charts: top speakers, months, places',
      graphql: `{ topic(slug: "military-bases") { topSpeakers(first: 10) { quoteCount speaker { name } } }
        quoteTimeline(interval: MONTH, filter: { topic: "military-bases" }) { start count }
        quoteLocations(first: 60, filter: { topic: "military-bases" }) { quoteCount location { name latitude longitude } } }`,
      parameter: 'military-bases',
      prepared: true,
      postgraphile: null,
      // The same three answers, each counted over the topic's quotes found through quote_topics.
      sql: `WITH topic_quotes AS MATERIALIZED (
              SELECT q.id, q.speaker_id, q.article_id FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id
               WHERE qt.topic_id = (SELECT id FROM topics WHERE slug = $1))
            SELECT json_build_object(
              'topic', json_build_object('topSpeakers', (SELECT coalesce(json_agg(json_build_object('quoteCount', c.n, 'speaker', json_build_object('name', s.name)) ORDER BY c.n DESC, c.id), '[]')
                 FROM (SELECT speaker_id AS id, count(*)::integer AS n FROM topic_quotes WHERE speaker_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) c JOIN speakers s ON s.id = c.id)),
              'quoteTimeline', (SELECT coalesce(json_agg(json_build_object('start', m.bucket, 'count', m.n) ORDER BY m.bucket), '[]')
                 FROM (SELECT date_trunc('month', a.sort_at AT TIME ZONE 'UTC') AS bucket, count(*)::integer AS n
                         FROM topic_quotes tq JOIN articles a ON a.id = tq.article_id GROUP BY 1) m),
              'quoteLocations', (SELECT coalesce(json_agg(json_build_object('quoteCount', c.n, 'location', json_build_object('name', l.name, 'latitude', l.latitude, 'longitude', l.longitude)) ORDER BY c.n DESC, c.id), '[]')
                 FROM (SELECT ql.location_id AS id, count(*)::integer AS n FROM topic_quotes tq JOIN quote_locations ql ON ql.quote_id = tq.id GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 60) c JOIN locations l ON l.id = c.id))`,
    },
    {
      name: '(g) speaker page charts: top topics, weeks',
      graphql: `{ speaker(slug: "${speakerSlug}") { topTopics(first: 10) { quoteCount topic { name } } }
        quoteTimeline(interval: WEEK, filter: { speaker: "${speakerSlug}" }) { start count } }`,
      parameter: speakerSlug,
      prepared: true,
      postgraphile: null,
      sql: `WITH speaker_quotes AS MATERIALIZED (
              SELECT q.id, q.article_id FROM quotes q WHERE q.speaker_id = (SELECT id FROM speakers WHERE slug = $1))
            SELECT json_build_object(
              'speaker', json_build_object('topTopics', (SELECT coalesce(json_agg(json_build_object('quoteCount', c.n, 'topic', json_build_object('name', t.name)) ORDER BY c.n DESC, c.id), '[]')
                 FROM (SELECT qt.topic_id AS id, count(*)::integer AS n FROM speaker_quotes sq JOIN quote_topics qt ON qt.quote_id = sq.id GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) c JOIN topics t ON t.id = c.id)),
              'quoteTimeline', (SELECT coalesce(json_agg(json_build_object('start', w.bucket, 'count', w.n) ORDER BY w.bucket), '[]')
                 FROM (SELECT date_trunc('week', a.sort_at AT TIME ZONE 'UTC') AS bucket, count(*)::integer AS n
                         FROM speaker_quotes sq JOIN articles a ON a.id = sq.article_id GROUP BY 1) w))`,
    },
    {
      name: '(h) whole-archive charts: months, places',
      graphql: `{ quoteTimeline(interval: MONTH) { start count } quoteLocations(first: 60) { quoteCount location { name } } }`,
      parameter: null,
      prepared: true,
      postgraphile: null,
      sql: `SELECT json_build_object(
              'quoteTimeline', (SELECT coalesce(json_agg(json_build_object('start', m.bucket, 'count', m.n) ORDER BY m.bucket), '[]')
                 FROM (SELECT date_trunc('month', a.sort_at AT TIME ZONE 'UTC') AS bucket, count(*)::integer AS n
                         FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1) m),
              'quoteLocations', (SELECT coalesce(json_agg(json_build_object('quoteCount', c.n, 'location', json_build_object('name', l.name)) ORDER BY c.n DESC, c.id), '[]')
                 FROM (SELECT location_id AS id, count(*)::integer AS n FROM quote_locations GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 60) c JOIN locations l ON l.id = c.id))`,
    },
    {
      name: '(i) quotes(20) by publication → speaker',
      graphql: `{ quotes(first: 20, orderBy: PUBLISHED_NEWEST) { nodes { text speaker { name } } } }`,
      parameter: null,
      prepared: true,
      postgraphile: null,
      sql: `SELECT json_build_object('quotes', json_build_object('nodes', coalesce(json_agg(json_build_object('text', page.text, 'speaker', json_build_object('name', s.name)) ORDER BY page.published_sort DESC, page.id DESC), '[]')))
              FROM (SELECT q.id, q.text, q.speaker_id, q.published_sort FROM quotes q
                     ORDER BY q.published_sort DESC, q.id DESC LIMIT 20) page LEFT JOIN speakers s ON s.id = page.speaker_id`,
    },
  ];
}

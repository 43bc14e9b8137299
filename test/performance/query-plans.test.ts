import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { observeStatements } from '../../src/db/statement-counter';
import { startExtraApp } from '../helpers/extra-app';
import { useTestEnvironment } from '../helpers/test-environment';

const ARTICLES = 20_000;

// Rows made in SQL rather than through ingest: the planner needs the table sizes, not real prose.
// As in real news, a given phrase appears in few quotes (here 1 in 150 mentions a military base).
const FILL = [
  `INSERT INTO speakers (name, slug, match_key, surname_key)
     SELECT 'Speaker ' || i, 'speaker-' || i, 'speaker-' || i, 'speaker-' || i FROM generate_series(1, 200) i`,
  `INSERT INTO locations (name, slug, kind) SELECT 'Place ' || i, 'place-' || i, 'CITY' FROM generate_series(1, 300) i`,
  `INSERT INTO articles (url, content_hash, source, title, body, published_at)
     SELECT 'https://example.org/plan/' || i, md5(i::text), 'Plan Wire', 'Title ' || i,
            'Officials discussed the military base and prices, report ' || i, now() - i * interval '1 minute'
       FROM generate_series(1, ${ARTICLES}) i`,
  `INSERT INTO quotes (article_id, speaker_id, text, kind, paragraph, start_offset, end_offset)
     SELECT a.id, 1 + (a.id * 7 + k) % 200,
            CASE WHEN k = 0 AND a.id % 25 = 0 THEN 'We discussed the military base and the troops ' || a.id ELSE 'Prices will fall this year ' || a.id END,
            'DIRECT', k, k * 100, k * 100 + 40
       FROM articles a, generate_series(0, 5) k`,
  `INSERT INTO quote_topics (quote_id, topic_id)
     SELECT q.id, t.id FROM quotes q
       JOIN topics t ON t.slug = CASE WHEN q.text LIKE 'We discussed%' THEN 'military-bases' ELSE 'inflation-and-prices' END`,
  `INSERT INTO article_locations (article_id, location_id) SELECT a.id, 1 + a.id % 300 FROM articles a`,
  `INSERT INTO quote_locations (quote_id, location_id) SELECT q.id, 1 + q.article_id % 300 FROM quotes q WHERE q.paragraph = 0`,
  'ANALYZE',
];

const QUERIES: Record<string, string> = {
  '(b) topic quotes': `{ topic(slug: "military-bases") { quotes(first: 20) { nodes { text speaker { name role } article { title publishedAt } } } } }`,
  '(c) search': `{ quotes(first: 20, filter: { search: "military base" }) { nodes { text speaker { name } article { title } } } }`,
  "(c') search ranked": `{ quotes(first: 20, filter: { search: "military base", rankByRelevance: true }) { nodes { text } } }`,
  '(d) speaker page': `{ speaker(slug: "speaker-7") { name quotes(first: 50) { nodes { text topics { name } } } } }`,
  '(e) articles': `{ articles(first: 20) { nodes { title quotes(first: 20) { nodes { text speaker { name } } } } } }`,
  'place page': `{ location(slug: "place-9") { articles(first: 20) { nodes { title } } quotes(first: 20) { nodes { text } } } }`,
  'topic page charts': `{ topic(slug: "military-bases") { topSpeakers(first: 10) { quoteCount speaker { name } } }
    quoteTimeline(interval: MONTH, filter: { topic: "military-bases" }) { start count }
    quoteLocations(first: 60, filter: { topic: "military-bases" }) { quoteCount location { name } } }`,
  'speaker page charts': `{ speaker(slug: "speaker-7") { topTopics(first: 10) { quoteCount topic { name } } }
    quoteTimeline(interval: WEEK, filter: { speaker: "speaker-7" }) { start count }
    quoteLocations(first: 60, filter: { speaker: "speaker-7" }) { quoteCount location { name } } }`,
  'search charts': `{ quoteTimeline(interval: DAY, filter: { search: "military base" }) { start count }
    quoteLocations(first: 60, filter: { search: "military base" }) { quoteCount } }`,
  'quotes by publication': `{ quotes(first: 20, orderBy: PUBLISHED_NEWEST) { nodes { text } } }`,
};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function sequentialScans(node: PlanNode): string[] {
  const own =
    node['Node Type'] === 'Seq Scan' && ['quotes', 'articles'].includes(node['Relation Name'] ?? '')
      ? [node['Relation Name'] as string]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(sequentialScans)];
}

// One database, two servers: the compiled statement and the resolvers' statements are both checked.
describe(`query plans on ${ARTICLES} articles`, () => {
  const env = useTestEnvironment({}, async (env) => {
    for (const statement of FILL) await env.dataSource.query(statement);
  });
  let resolvers: RunningApp;
  beforeAll(async () => {
    ({ app: resolvers } = await startExtraApp(env, { COMPILE_QUERIES: 'false' }));
  });
  afterAll(async () => {
    await resolvers.close();
  });

  describe.each([
    ['compiled', () => env.url],
    ['resolvers', () => resolvers.url],
  ])('(%s)', (_mode, url) => {
    it.each(Object.entries(QUERIES))(
      '%s reads quotes and articles through indexes only',
      async (_name, query) => {
        const statements: { sql: string; parameters: readonly unknown[] }[] = [];
        const stop = observeStatements((sql, parameters) => statements.push({ sql, parameters }));
        const result = await env.graphql(query, {}, { url: url() });
        stop();
        expect(result.errors).toBeUndefined();
        expect(statements.length).toBeGreaterThan(0);
        for (const { sql, parameters } of statements) {
          const [row] = (await env.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, [...parameters])) as [
            { 'QUERY PLAN': [{ Plan: PlanNode }] },
          ];
          expect(sequentialScans(row['QUERY PLAN'][0].Plan), sql).toEqual([]);
        }
      },
    );
  });
});

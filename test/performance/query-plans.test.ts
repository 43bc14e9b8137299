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
            'Officials discussed the military base and prices, report ' || i,
            -- Publication order unlike storage order, as in a loaded archive: an id walk cannot pass for it.
            now() - ((i * 7919) % ${ARTICLES}) * interval '1 minute'
       FROM generate_series(1, ${ARTICLES}) i`,
  `INSERT INTO quotes (article_id, speaker_id, text, kind, paragraph, start_offset, end_offset)
     SELECT a.id, 1 + (a.id * 7 + k) % 200,
            CASE WHEN k = 0 AND a.id % 25 = 0 THEN 'We discussed the military base and the troops ' || a.id ELSE 'Prices will fall this year ' || a.id END,
            'DIRECT', k, k * 100, k * 100 + 40
       FROM articles a, generate_series(0, 5) k`,
  `INSERT INTO quote_topics (quote_id, topic_id)
     SELECT q.id, t.id FROM quotes q
       JOIN topics t ON t.slug = CASE WHEN q.text LIKE 'We discussed%' THEN 'military-bases' ELSE 'inflation-and-prices' END`,
  // Every place lies in one country, whose list therefore holds every located quote.
  `INSERT INTO locations (name, slug, kind) VALUES ('Plan Country', 'plan-country', 'COUNTRY')`,
  `UPDATE locations SET parent_id = (SELECT id FROM locations WHERE slug = 'plan-country') WHERE slug LIKE 'place-%'`,
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

/**
 * Pages in publication order (the default of every quote list but an article's), each of which must
 * read a bounded number of rows whatever the archive's size: the plan walks the list's own
 * (scope, published_sort, id) index from the cursor and stops after the page.
 */
const PAGES: Record<string, string> = {
  'every quote, newest published first': `{ quotes(first: 20) { nodes { text speaker { name } article { title } } pageInfo { endCursor } } }`,
  'every quote, oldest published first': `{ quotes(first: 20, orderBy: PUBLISHED_OLDEST) { nodes { text } } }`,
  "a topic's quotes": `{ topic(slug: "inflation-and-prices") { quotes(first: 20) { nodes { text speaker { name } } } } }`,
  "a rare topic's quotes": `{ topic(slug: "military-bases") { quotes(first: 20) { nodes { text } } } }`,
  "a speaker's quotes": `{ speaker(slug: "speaker-7") { quotes(first: 20) { nodes { text topics { name } } } } }`,
  "a place's quotes": `{ location(slug: "place-9") { quotes(first: 20) { nodes { text } } } }`,
  "a country's quotes, from the places inside it": `{ location(slug: "plan-country") { quotes(first: 20) { nodes { text } } } }`,
  'quotes filtered by a country': `{ quotes(first: 20, filter: { location: "plan-country" }) { nodes { text } } }`,
  'quotes filtered by a country and a topic': `{ quotes(first: 20, filter: { location: "plan-country", topic: "inflation-and-prices" }) { nodes { text } } }`,
  "a country's articles": `{ location(slug: "plan-country") { articles(first: 20) { nodes { title } } } }`,
  'articles filtered by a country': `{ articles(first: 20, filter: { location: "plan-country" }) { nodes { title } } }`,
  // Rankings without a filter read the topic/speaker roll-up, never the topic's or speaker's quotes.
  "a topic's top speakers": `{ topic(slug: "inflation-and-prices") { topSpeakers(first: 10) { quoteCount speaker { name } } } }`,
  "a speaker's top topics": `{ speaker(slug: "speaker-7") { topTopics(first: 10) { quoteCount topic { name } } } }`,
  'quotes in a date range': `{ quotes(first: 20, filter: { publishedBefore: "${new Date(Date.now() - 7 * 86_400_000).toISOString()}" }) { nodes { text } } }`,
};

// Rows a page may read from the big tables: its own rows (first + 1) through the index, each with
// a few lookups by key (article, speaker, topics), far below the thousands a sort would read.
const PAGE_ROW_BOUND = 21 * 6;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

interface AnalyzedNode extends PlanNode {
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: AnalyzedNode[];
}

const BIG_TABLES = [
  'quotes',
  'quote_topics',
  'articles',
  'quote_locations',
  'quote_places_within',
  'article_locations',
  'article_places_within',
];

/** Rows the plan read from the big tables: each scan's rows times its loops. */
function bigTableRows(node: AnalyzedNode): number {
  const own = BIG_TABLES.includes(node['Relation Name'] ?? '')
    ? (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1)
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + bigTableRows(child), 0);
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
    // One session without the API's statement timeout: a fill of 120,000 quotes through the
    // triggers that date them can outlast it on a busy machine.
    await env.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL statement_timeout = 0`);
      for (const statement of FILL) await manager.query(statement);
    });
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

    /** Sends a query, then EXPLAIN ANALYZEs each statement it ran: its data, statements and big-table rows read. */
    async function measure(query: string, variables: Record<string, unknown> = {}) {
      const statements: { sql: string; parameters: readonly unknown[] }[] = [];
      const stop = observeStatements((sql, parameters) => statements.push({ sql, parameters }));
      const result = await env.graphql<Record<string, unknown>>(query, variables, { url: url() });
      stop();
      expect(result.errors).toBeUndefined();
      let rows = 0;
      for (const { sql, parameters } of statements) {
        const [row] = (await env.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [
          ...parameters,
        ])) as [{ 'QUERY PLAN': [{ Plan: AnalyzedNode }] }];
        rows += bigTableRows(row['QUERY PLAN'][0].Plan);
      }
      return { data: result.data, statements: statements.length, rows };
    }

    it.each(Object.entries(PAGES))('%s reads one page of rows, not the list', async (_name, query) => {
      const { statements, rows } = await measure(query);
      expect(rows).toBeLessThanOrEqual(PAGE_ROW_BOUND * statements);
    });

    it('reads the same few rows for a page deep into the list, from its cursor', async () => {
      const page = `query($after: String) { quotes(first: 20, after: $after) { nodes { text } pageInfo { endCursor } } }`;
      let after: string | null = null;
      const costs: { statements: number; rows: number }[] = [];
      for (let index = 0; index < 25; index += 1) {
        const { data, statements, rows } = await measure(page, { after });
        costs.push({ statements, rows });
        after = (data as { quotes: { pageInfo: { endCursor: string } } }).quotes.pageInfo.endCursor;
      }
      const [first] = costs;
      expect(costs.at(-1)).toEqual(first);
      expect(first?.rows).toBeLessThanOrEqual(PAGE_ROW_BOUND * (first?.statements ?? 0));
    });
  });
});

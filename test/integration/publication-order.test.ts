import { describe, expect, it } from 'vitest';
import { parseGlobalId } from '../../src/graphql/ids/global-id';
import { useTestEnvironment, type TestEnvironment } from '../helpers/test-environment';

// Ingested in this order, published in another; the undated one falls back to its ingest time (now).
const ARTICLES = [
  { slug: 'may', publishedAt: '2026-05-10T08:00:00Z' },
  { slug: 'undated', publishedAt: undefined },
  { slug: 'old', publishedAt: '2025-01-15T12:30:00Z' },
  { slug: 'august', publishedAt: '2026-08-01T06:15:00Z' },
];

function articleFor(slug: string, publishedAt: string | undefined) {
  return {
    title: `Minister visits Brest (${slug}, order test)`,
    url: `https://example.org/order-test/${slug}`,
    source: 'Order Test Wire',
    publishedAt,
    body: [
      `Defence Minister Ilona Varga visited Brest on Friday for the ${slug} review.`,
      `“No foreign military base will be built near Brest in the ${slug} plan,” Varga told reporters.`,
      `“The military base question is closed for the ${slug} season,” she added.`,
    ].join('\n'),
  };
}

interface ListedQuote {
  id: string;
  startOffset: number;
  article: { publishedAt: string | null; ingestedAt: string };
}

const QUOTE_FIELDS = 'id startOffset article { publishedAt ingestedAt }';

// The gazetteer's slugs for Brest and its country, read once the articles are in.
let brestSlug = '';
let countrySlug = '';

/** Every list the explorer shows quotes in, by name: the field path and its selection with `$args`. */
const LISTS: Record<string, (args: string) => string> = {
  root: (args) => `{ list: quotes(${args}) { ...Page } }`,
  topic: (args) => `{ topic(slug: "military-bases") { list: quotes(${args}) { ...Page } } }`,
  speaker: (args) => `{ speaker(slug: "ilona-varga") { list: quotes(${args}) { ...Page } } }`,
  place: (args) => `{ location(slug: "${brestSlug}") { list: quotes(${args}) { ...Page } } }`,
  country: (args) => `{ location(slug: "${countrySlug}") { list: quotes(${args}) { ...Page } } }`,
  'root, filtered by the country': (args) =>
    `{ list: quotes(${args}, filter: { location: "${countrySlug}" }) { ...Page } }`,
  'root, filtered by the topic': (args) =>
    `{ list: quotes(${args}, filter: { topic: "military-bases" }) { ...Page } }`,
};

/** The lists holding only the quotes that name Brest. */
const BREST_LISTS = new Set(['place', 'country', 'root, filtered by the country']);

const PAGE_FRAGMENT = `fragment Page on QuoteConnection {
  nodes { ${QUOTE_FIELDS} } pageInfo { hasNextPage endCursor } }`;

type PageData = { nodes: ListedQuote[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Finds the connection aliased `list` wherever the query put it. */
function listOf(data: unknown): PageData {
  const top = data as Record<string, unknown>;
  if (top['list']) return top['list'] as PageData;
  const parent = Object.values(top)[0] as Record<string, unknown>;
  return parent['list'] as PageData;
}

async function readList(
  env: TestEnvironment,
  name: string,
  args: string,
  after: string | null = null,
): Promise<PageData> {
  const query = `query($after: String) ${(LISTS[name] as (args: string) => string)(
    `${args} after: $after`,
  )} ${PAGE_FRAGMENT}`;
  const result = await env.graphql(query, { after });
  expect(result.errors, name).toBeUndefined();
  return listOf(result.data);
}

/** Walks a list page by page (`first` each) and returns every quote in the order served. */
async function walk(env: TestEnvironment, name: string, first: number, order = ''): Promise<ListedQuote[]> {
  const quotes: ListedQuote[] = [];
  let after: string | null = null;
  do {
    const page: PageData = await readList(env, name, `first: ${first} ${order}`, after);
    quotes.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return quotes;
}

const databaseId = (quote: ListedQuote): number => parseGlobalId(quote.id)?.id ?? NaN;
const sortTime = (quote: ListedQuote): number =>
  new Date(quote.article.publishedAt ?? quote.article.ingestedAt).getTime();

/** The quotes newest published first (ingest time when undated), the later stored first on a tie. */
const newestFirst = (quotes: ListedQuote[]): ListedQuote[] =>
  [...quotes].sort((a, b) => sortTime(b) - sortTime(a) || databaseId(b) - databaseId(a));

describe('quote lists in publication order', () => {
  const env = useTestEnvironment({}, async (env) => {
    for (const { slug, publishedAt } of ARTICLES) await env.ingest(articleFor(slug, publishedAt));
    const { data } = await env.graphql<{ locations: { nodes: { slug: string; name: string }[] } }>(
      `{ locations(first: 10, search: "Brest") { nodes { slug name } } }`,
    );
    brestSlug = data?.locations.nodes.find((place) => place.name === 'Brest')?.slug ?? '';
    const ancestry = await env.graphql<{ location: { parent: { parent: { slug: string } | null } | null } }>(
      `{ location(slug: "${brestSlug}") { parent { parent { slug } } } }`,
    );
    countrySlug = ancestry.data?.location.parent?.parent?.slug ?? '';
    expect(countrySlug).not.toBe('');
  });

  it.each(Object.keys(LISTS))(
    'the %s list comes newest published first by default, an undated article at its ingest time',
    async (name) => {
      const { nodes } = await readList(env, name, 'first: 100');
      // Each article has two quotes; only the first names Brest.
      expect(nodes.length).toBe(ARTICLES.length * (BREST_LISTS.has(name) ? 1 : 2));
      expect(nodes).toEqual(newestFirst(nodes));
      // Not the ingest order: the article stored third was published first.
      expect(nodes.map(databaseId)).not.toEqual([...nodes.map(databaseId)].sort((a, b) => b - a));
      const explicit = await readList(env, name, 'first: 100, orderBy: PUBLISHED_NEWEST');
      expect(explicit.nodes).toEqual(nodes);
    },
  );

  it.each(Object.keys(LISTS))('the %s list pages by publication exactly, both ways', async (name) => {
    const whole = (await readList(env, name, 'first: 100')).nodes;
    expect(await walk(env, name, 3)).toEqual(whole);
    expect(await walk(env, name, 3, 'orderBy: PUBLISHED_OLDEST')).toEqual([...whole].reverse());
    const added = await walk(env, name, 3, 'orderBy: RECENTLY_ADDED');
    expect(added.map(databaseId)).toEqual([...whole.map(databaseId)].sort((a, b) => b - a));
  });

  it('refuses a cursor of the old stored order, or of another order, with BAD_USER_INPUT', async () => {
    const newest = await readList(env, 'root', 'first: 2');
    const stored = await readList(env, 'root', 'first: 2, orderBy: RECENTLY_ADDED');
    const attempts = [
      // The cursor a page in stored order (the old default) handed out, on the new default order.
      { args: 'first: 2', after: stored.pageInfo.endCursor },
      { args: 'first: 2, orderBy: PUBLISHED_OLDEST', after: newest.pageInfo.endCursor },
      { args: 'first: 2, orderBy: RECENTLY_ADDED', after: newest.pageInfo.endCursor },
    ];
    for (const { args, after } of attempts) {
      const result = await env.graphql(
        `query($after: String) { quotes(${args}, after: $after) { nodes { id } } }`,
        {
          after,
        },
      );
      expect(result.errors?.[0]?.extensions?.['code'], args).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/not a cursor of this list in this order/);
    }
    const next = await readList(env, 'root', 'first: 2, orderBy: RECENTLY_ADDED', stored.pageInfo.endCursor);
    expect(next.nodes.length).toBe(2);
  });

  it('moves an article’s quotes in every list when its publication time changes', async () => {
    const [row] = (await env.dataSource.query(
      `SELECT id FROM articles WHERE url LIKE '%/order-test/old'`,
    )) as {
      id: number;
    }[];
    await env.dataSource.query(`UPDATE articles SET published_at = '2027-02-01T00:00:00Z' WHERE id = $1`, [
      row?.id,
    ]);
    for (const name of Object.keys(LISTS)) {
      const { nodes } = await readList(env, name, 'first: 100');
      expect(nodes, name).toEqual(newestFirst(nodes));
      expect(nodes[0]?.article.publishedAt, name).toBe('2027-02-01T00:00:00.000Z');
    }
    const { data } = await env.graphql<{ quotes: { nodes: ListedQuote[] } }>(
      `{ quotes(first: 100, filter: { publishedAfter: "2027-01-01T00:00:00Z" }) { nodes { ${QUOTE_FIELDS} } } }`,
    );
    expect(data?.quotes.nodes.length).toBe(2);
    // Back to undated: the quotes fall back to the article's ingest time.
    await env.dataSource.query(`UPDATE articles SET published_at = NULL WHERE id = $1`, [row?.id]);
    const [copies] = (await env.dataSource.query(
      `SELECT count(*) FILTER (WHERE q.published_sort = a.sort_at)::int AS quotes,
              count(*) FILTER (WHERE qt.published_sort = a.sort_at)::int AS links, count(*)::int AS total
         FROM quotes q JOIN articles a ON a.id = q.article_id JOIN quote_topics qt ON qt.quote_id = q.id`,
    )) as { quotes: number; links: number; total: number }[];
    expect(copies?.total).toBeGreaterThan(0);
    expect(copies).toEqual({ quotes: copies?.total, links: copies?.total, total: copies?.total });
    const [places] = (await env.dataSource.query(
      `SELECT count(*) FILTER (WHERE qp.published_sort = q.published_sort)::int AS quotes,
              (SELECT count(*) FILTER (WHERE ap.sort_at = a.sort_at)::int
                 FROM article_places_within ap JOIN articles a ON a.id = ap.article_id) AS articles,
              count(*)::int AS total,
              (SELECT count(*)::int FROM article_places_within) AS "articleTotal"
         FROM quote_places_within qp JOIN quotes q ON q.id = qp.quote_id`,
    )) as { quotes: number; articles: number; total: number; articleTotal: number }[];
    expect(places?.total).toBeGreaterThan(0);
    expect(places).toEqual({
      quotes: places?.total,
      articles: places?.articleTotal,
      total: places?.total,
      articleTotal: places?.articleTotal,
    });
  });
});

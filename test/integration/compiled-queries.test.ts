import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { SAMPLE_ARTICLES } from '../../src/seed/sample-articles';
import { startExtraApp } from '../helpers/extra-app';
import { ingestSampleArticles, useTestEnvironment } from '../helpers/test-environment';

/**
 * Compiled queries must answer exactly as the resolvers do. One database, two servers: the default
 * one compiles each read query into one SQL statement; the other (COMPILE_QUERIES=false) runs every
 * field's resolver. Every query below goes to both and the whole responses must be equal.
 */

// SAMPLE DATA: two search words far apart in a long text rank below 1e-4, where Postgres and
// JavaScript print floating-point numbers differently (7.7e-05 against 0.000077).
const FAR_APART = {
  title: 'Alpha notes (sample data)',
  body: `Alpha ${'word '.repeat(24)}omega.`,
  publishedAt: new Date('2026-01-02T03:04:05.678Z'),
};

const EVERY_FIELD = `
  fragment Place on Location { id __typename name slug kind countryCode latitude longitude parent { name parent { slug } } }
  fragment Person on Speaker { id name slug role aliases isOrganization quoteCount topics { slug } }
  fragment Said on Quote {
    id __typename text kind cue paragraph startOffset endOffset
    speaker { ...Person } topics { id name slug description keywords weakKeywords } locations { id name kind }
  }
  {
    articles(first: 4) {
      __typename totalCount
      pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        __typename cursor
        node {
          id title body url source dateline publishedAt ingestedAt
          speakers { name } locations { ...Place } topics { slug }
          quotes(first: 3) { totalCount edges { cursor node { ...Said } } pageInfo { hasNextPage endCursor } }
        }
      }
    }
  }`;

/** Queries the compiler answers in one statement: name → [query, variables]. */
const COMPILED: Record<string, [string, Record<string, unknown>?]> = {
  'every field of every type, through fragments': [EVERY_FIELD],
  '(b) topic → quotes → speaker, article': [
    `{ topic(slug: "military-bases") { quotes(first: 20) { nodes { text speaker { name role } article { title publishedAt } } } } }`,
  ],
  '(c) search, newest first and ranked': [
    `{ newest: quotes(first: 20, filter: { search: "base OR troops" }) { nodes { text speaker { name } article { title } } pageInfo { endCursor } }
       ranked: quotes(first: 20, filter: { search: "base OR troops", rankByRelevance: true }) { nodes { text } pageInfo { endCursor } }
       articles(filter: { search: "base", rankByRelevance: true }) { edges { cursor node { title } } } }`,
  ],
  'a topic by slug as typed, with its articles, speakers and counts': [
    `{ topic(slug: " Military-Bases ") { id name quoteCount speakers { name } articles(first: 2) { totalCount nodes { title } pageInfo { hasNextPage } } } }`,
  ],
  'every topic, with aliases and __typename at the root': [
    `{ __typename all: topics { name n: quoteCount } again: topics { slug } }`,
  ],
  'a place with the quotes and articles of the places inside it': [
    `query($slug: String) { location(slug: $slug) { name kind quotes(first: 5) { totalCount nodes { text } } articles { nodes { title } } } }`,
    { slug: 'belarus' },
  ],
  'filters on nested connections': [
    `{ topics { slug quotes(first: 2, filter: { kind: DIRECT, publishedAfter: "2020-01-01T00:00:00Z" }) { nodes { kind text } } } }`,
  ],
  '@skip and @include from variables': [
    `query($on: Boolean!) { quotes(first: 3) { nodes { text @skip(if: $on) cue @include(if: $on) ... @include(if: $on) { kind } } } }`,
    { on: true },
  ],
  'an empty page and first: 0': [
    `{ none: quotes(first: 3, filter: { search: "zeppelin" }) { totalCount nodes { text } pageInfo { hasNextPage startCursor endCursor } }
       zero: quotes(first: 0) { totalCount nodes { text } pageInfo { hasNextPage startCursor endCursor } } }`,
  ],
  'a ranked search whose ranks are tiny': [
    `{ articles(filter: { search: "alpha omega", rankByRelevance: true }) { edges { cursor node { title publishedAt } } } }`,
  ],
  'counts without a page': [
    `{ quotes { totalCount } topics { slug quotes(first: 5) { totalCount pageInfo { hasPreviousPage } } } }`,
  ],
  'lookups that find nothing': [`{ topic(slug: "no-such-topic") { name } speaker(slug: "nobody") { name } }`],
  'any object through node(id), as its own type': [
    `{ q: node(id: "UXVvdGU6MQ") { id __typename ... on Quote { text speaker { name } } ... on Topic { slug } }
       s: node(id: "U3BlYWtlcjox") { ... on Node { id } ... on Speaker { name quoteCount } }
       gone: node(id: "UXVvdGU6OTk5OTk5") { id } }`,
  ],
  'timelines, rankings and publication order for the charts': [
    `{ months: quoteTimeline(interval: MONTH) { __typename start count }
       weeks: quoteTimeline(interval: WEEK, filter: { topic: "military-bases", kind: DIRECT }) { count start }
       none: quoteTimeline(interval: DAY, filter: { search: "zeppelin" }) { start }
       quoteLocations(first: 3, filter: { publishedAfter: "2026-04-01T00:00:00Z" }) { __typename quoteCount location { slug parent { name } } }
       topics { slug topSpeakers(first: 2) { quoteCount speaker { name topTopics(first: 1) { topic { slug } n: quoteCount } } } }
       speakers(first: 5) { nodes { slug topTopics(filter: { kind: INDIRECT }) { quoteCount topic { name } } } }
       newest: quotes(first: 4, orderBy: PUBLISHED_NEWEST) { nodes { text } pageInfo { endCursor } }
       oldest: quotes(first: 4, orderBy: PUBLISHED_OLDEST, filter: { search: "base" }) { edges { cursor node { text } } } }`,
  ],
  'a filtered connection asked for nothing but its type, or its count after a cursor': [
    `{ locations(first: 2) { nodes { quotes(filter: { location: "belarus", publishedAfter: "2026-01-01T00:00:00Z" }) { __typename } } }
       counted: quotes(after: "WzVd", orderBy: RECENTLY_ADDED) { totalCount } }`,
  ],
  'the audit log, empty': [
    `{ editorialEdits(first: 5) { totalCount nodes { action editor summary createdAt } } }`,
  ],
  'the speaker and place lists, searched and by kind': [
    `{ speakers(first: 3, search: "a") { totalCount nodes { name role } edges { cursor } pageInfo { hasNextPage endCursor } }
       countries: locations(kind: COUNTRY) { nodes { name slug parent { name } } }
       br: locations(first: 5, search: "br") { nodes { name kind } } }`,
  ],
};

/** Queries left to the resolvers, or refused: both servers must still answer alike. */
const NOT_COMPILED: Record<string, string> = {
  'an id that is not one': `{ node(id: "not-an-id") { id } }`,
  introspection: `{ __type(name: "Quote") { fields { name } } }`,
  'a cursor of another list': `{ quotes(first: 2, after: "WzFd") { nodes { text } } articles(after: "WzFd") { nodes { title } } }`,
  'a cursor of another order': `{ quotes(first: 2, orderBy: PUBLISHED_OLDEST, after: "WyJQVUJMSVNIRURfTkVXRVNUIiwiMjAyNi0xMC0wMSAwNzo1MDowMCswMCIsMjVd") { nodes { text } } }`,
  'first over the maximum': `{ quotes(first: 101) { nodes { text } } }`,
  'an id of another type': `{ topic(id: "UXVvdGU6MQ") { name } }`,
  'both id and slug': `{ speaker(id: "U3BlYWtlcjox", slug: "x") { name } }`,
  'an empty search': `{ quotes(filter: { search: "  " }) { nodes { text } } }`,
  'ranking without a search': `{ quotes(filter: { rankByRelevance: true }) { nodes { text } } }`,
  'a ranking over its maximum': `{ quoteLocations(first: 101) { quoteCount } }`,
  'relevance and publication order at once': `{ quotes(orderBy: PUBLISHED_NEWEST, filter: { search: "base", rankByRelevance: true }) { nodes { text } } }`,
};

describe('compiled queries answer as the resolvers do', () => {
  const env = useTestEnvironment({}, async (env) => {
    await ingestSampleArticles(env);
    await env.ingest({ ...FAR_APART, publishedAt: FAR_APART.publishedAt.toISOString() });
  });
  let resolvers: RunningApp;

  beforeAll(async () => {
    ({ app: resolvers } = await startExtraApp(env, {
      EXPOSE_SQL_STATEMENT_COUNT: 'true',
      COMPILE_QUERIES: 'false',
    }));
  });
  afterAll(async () => {
    await resolvers.close();
  });

  async function both(query: string, variables: Record<string, unknown> = {}) {
    const ask = async (url: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return {
        status: response.status,
        // Reprinted without Postgres's spacing: equal texts mean equal keys in equal order.
        text: JSON.stringify(JSON.parse(text)),
        body: JSON.parse(text) as { data?: unknown; errors?: unknown[] },
        statements: Number(response.headers.get('x-sql-statements')),
      };
    };
    return { compiled: await ask(env.url), resolved: await ask(resolvers.url) };
  }

  it.each(Object.entries(COMPILED))('%s: same answer, one statement', async (_name, [query, variables]) => {
    const { compiled, resolved } = await both(query, variables);
    expect(resolved.body.errors).toBeUndefined();
    expect(compiled.text).toBe(resolved.text);
    expect(compiled.statements).toBe(1);
  });

  it('returns the sample data, not empty pages', async () => {
    const { compiled } = await both(EVERY_FIELD);
    const data = compiled.body.data as { articles: { totalCount: number; edges: unknown[] } };
    expect(data.articles.totalCount).toBe(SAMPLE_ARTICLES.length + 1);
    expect(data.articles.edges).toHaveLength(4);
  });

  it.each([
    ['every quote', 'quotes(first: 7, after: $after)', ''],
    [
      'quotes ranked by relevance',
      'quotes(first: 7, after: $after, filter: { search: "year OR new OR base OR price OR border OR export OR country OR minist", rankByRelevance: true })',
      '',
    ],
    ['every speaker, by name', 'speakers(first: 3, after: $after)', ''],
    ['every article of a place', 'location(slug: "belarus") { articles(first: 1, after: $after)', '}'],
  ])('walks %s page by page with the same cursors', async (_name, list, closing) => {
    const page = `query($after: String) { list: ${list} { nodes { id } pageInfo { hasNextPage endCursor } } ${closing} }`;
    const pageInfo = (data: unknown) => {
      const list = (data as { list: Record<string, unknown> }).list;
      const connection = (list['pageInfo'] ? list : Object.values(list)[0]) as {
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      return connection.pageInfo;
    };
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { compiled, resolved } = await both(page, { after });
      expect(resolved.body.errors).toBeUndefined();
      expect(compiled.text).toBe(resolved.text);
      const info = pageInfo(compiled.body.data);
      pages += 1;
      if (!info.hasNextPage) break;
      after = info.endCursor;
    }
    expect(pages).toBeGreaterThan(2);
  });

  it('answers alike once Postgres reuses the prepared plan (past its first five runs)', async () => {
    const topics = (await both('{ topics { slug } }')).compiled.body.data as { topics: { slug: string }[] };
    expect(topics.topics.length).toBeGreaterThan(10);
    const query = `query($slug: String) { topic(slug: $slug) { name quotes(first: 3) { nodes { text speaker { name } } } } }`;
    for (const { slug } of topics.topics) {
      const { compiled, resolved } = await both(query, { slug });
      expect(compiled.text, slug).toBe(resolved.text);
    }
  });

  it.each(Object.entries(NOT_COMPILED))('%s: same answer through the resolvers', async (_name, query) => {
    const { compiled, resolved } = await both(query);
    expect(compiled.status).toBe(resolved.status);
    expect(compiled.text).toBe(resolved.text);
    expect(compiled.statements).toBe(resolved.statements);
  });

  it('answers a value Postgres refuses with BAD_USER_INPUT from its one statement, not by running the resolvers too', async () => {
    const { compiled, resolved } = await both(`{ topic(slug: "nul\\u0000") { name } }`);
    for (const answer of [compiled, resolved]) {
      expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(compiled.statements).toBe(1);
  });

  it('leaves a query whose SQL would run to megabytes to the resolvers', async () => {
    // Within every limit: 15 aliases of a page of one quote, each with its links six levels deep
    // through one fragment (a few hundred tokens; over 150,000 characters of SQL).
    const fields = `id text kind cue
      speaker { id name slug role aliases quoteCount topics { id name slug }
        articles(first: 1) { totalCount pageInfo { hasNextPage endCursor }
          nodes { id title url source speakers { id name } topics { id name } locations { id name }
            quotes(first: 1) { totalCount pageInfo { hasNextPage endCursor }
              nodes { id text kind cue topics { id name slug } locations { id name kind } } } } }
        quotes(first: 1) { totalCount nodes { id text topics { id name } } } }
      article { id title url source speakers { id name role topics { id name slug } }
        locations { id name kind parent { name kind } } topics { id name slug } }
      topics { id name slug keywords } locations { id name slug kind parent { id name } }`;
    const aliases = Array.from(
      { length: 15 },
      (_, index) => `q${index}: quotes(first: 1) { nodes { ...Deep } }`,
    );
    const query = `{ ${aliases.join(' ')} } fragment Deep on Quote { ${fields} }`;
    const { compiled, resolved } = await both(query);
    expect(resolved.body.errors, JSON.stringify(resolved.body.errors)).toBeUndefined();
    expect(compiled.text).toBe(resolved.text);
    expect(resolved.statements).toBeGreaterThan(1);
    expect(compiled.statements).toBe(resolved.statements);
  });

  it('answers { __typename } without a statement', async () => {
    const { compiled } = await both('{ __typename }');
    expect(compiled.body).toEqual({ data: { __typename: 'Query' } });
    expect(compiled.statements).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../src/graphql/ids/base64url';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment, type GraphQLResult } from '../helpers/test-environment';
import { LEAK_PATTERN } from './helpers/raw-request';

const b64 = encodeBase64Url;

/** Ids that are not ours, or ours for another type, where the argument wants an Article id. */
const BAD_IDS = [
  '',
  'garbage',
  '!!!',
  '🙂',
  'x'.repeat(5_000),
  b64('Article:'),
  b64('Article:0'),
  b64('Article:-1'),
  b64('Article:1.5'),
  b64('Article:99999999999'),
  b64('Robot:1'),
  b64('Speaker:1'),
  b64('\u0000'),
  'QXJ0aWNsZToxCg==',
];

const BAD_CURSORS = [
  'garbage!',
  '',
  b64('not json'),
  b64('[]'),
  b64('{}'),
  b64('["1"]'),
  b64('["a","b","c"]'),
  b64('[1e999, 1]'),
  b64('null'),
  b64('[{"a":1},1]'),
  'x'.repeat(5_000),
  '🙂',
];

const BAD_DATES = [
  'yesterday',
  '2026-13-45T00:00:00Z',
  '2026-02-30',
  '',
  '0',
  '9999999-01-01T00:00:00Z',
  '2026-01-01T25:00:00Z',
  'NaN',
];

const BAD_URLS = [
  'javascript:alert(1)',
  'ftp://example.org/a',
  'http://',
  'example.org/no-scheme',
  `https://example.org/${'a'.repeat(2_100)}`,
  'data:text/html,hi',
  'file:///etc/passwd',
];

function expectRefusal(result: GraphQLResult, codes: string[], label: string): void {
  expect(result.status, label).toBeLessThan(500);
  expect(result.errors ?? [], label).not.toHaveLength(0);
  expect(codes, `${label}: ${JSON.stringify(result.errors)}`).toContain(
    result.errors?.[0]?.extensions?.['code'],
  );
  expect(JSON.stringify(result.errors), label).not.toMatch(LEAK_PATTERN);
}

describe('bad input', () => {
  const env = useTestEnvironment({}, async (env) => {
    await env.ingest(militaryBaseArticle(1));
  });

  it('refuses malformed and foreign ids as BAD_USER_INPUT, never a 500', async () => {
    for (const id of BAD_IDS) {
      expectRefusal(
        await env.graphql(`query($id: ID!) { article(id: $id) { id } }`, { id }),
        ['BAD_USER_INPUT'],
        `article ${id.slice(0, 40)}`,
      );
      expectRefusal(
        await env.graphql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id }),
        ['BAD_USER_INPUT'],
        `delete ${id.slice(0, 40)}`,
      );
      // node(id:) takes any type: a well-formed id of a missing row finds nothing.
      const node = await env.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id });
      if (node.errors) expectRefusal(node, ['BAD_USER_INPUT'], `node ${id.slice(0, 40)}`);
      else expect(node.status).toBe(200);
    }
    // Scalar coercion: an id must be a string or an integer.
    for (const id of [1.5, true, { a: 1 }, [1]]) {
      expectRefusal(
        await env.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id }),
        ['BAD_USER_INPUT'],
        `id ${JSON.stringify(id)}`,
      );
    }
  });

  it('refuses garbage and foreign cursors as BAD_USER_INPUT', async () => {
    for (const after of BAD_CURSORS) {
      for (const list of ['quotes', 'articles', 'speakers', 'locations']) {
        const result = await env.graphql(
          `query($after: String) { ${list}(after: $after) { totalCount nodes { id } } }`,
          { after },
        );
        expectRefusal(result, ['BAD_USER_INPUT'], `${list} after ${JSON.stringify(after.slice(0, 40))}`);
      }
    }
    for (const first of [-1, 101, 2_147_483_647]) {
      expectRefusal(
        await env.graphql(`query($first: Int) { quotes(first: $first) { totalCount } }`, { first }),
        ['BAD_USER_INPUT'],
        `first ${first}`,
      );
    }
    for (const first of [2_147_483_648, 1.5, '10', 1e308]) {
      expectRefusal(
        await env.graphql(`query($first: Int) { quotes(first: $first) { totalCount } }`, { first }),
        ['BAD_USER_INPUT'],
        `first ${first}`,
      );
    }
    expectRefusal(
      await env.graphql(`{ quotes(first: 99999999999) { totalCount } }`),
      ['GRAPHQL_VALIDATION_FAILED'],
      'literal Int overflow',
    );
  });

  it('refuses dates that are not ISO instants, in variables and in literals', async () => {
    for (const date of BAD_DATES) {
      expectRefusal(
        await env.graphql(`query($d: DateTime) { quotes(filter: { publishedAfter: $d }) { totalCount } }`, {
          d: date,
        }),
        ['BAD_USER_INPUT'],
        `variable ${date}`,
      );
      expectRefusal(
        await env.graphql(
          `{ articles(filter: { publishedBefore: ${JSON.stringify(date)} }) { totalCount } }`,
        ),
        ['GRAPHQL_VALIDATION_FAILED'],
        `literal ${date}`,
      );
    }
  });

  it('refuses article URLs that are not http(s), and stores nothing', async () => {
    for (const url of BAD_URLS) {
      const result = await env.graphql(
        `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`,
        {
          input: { ...militaryBaseArticle(2), url },
        },
      );
      expectRefusal(result, ['BAD_USER_INPUT'], `url ${url.slice(0, 40)}`);
    }
    const count = await env.graphql<{ articles: { totalCount: number } }>(`{ articles { totalCount } }`);
    expect(count.data?.articles.totalCount).toBe(1);
    // A NUL character reaches Postgres, which refuses it: the client hears BAD_USER_INPUT, not a 500.
    const nul = await env.graphql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`,
      {
        input: { ...militaryBaseArticle(3), title: 'Nul\u0000title' },
      },
    );
    expectRefusal(nul, ['BAD_USER_INPUT'], 'NUL in title');
  });

  it('answers odd but well-typed text (search syntax, NUL, unicode, huge strings) without a 500', async () => {
    const texts = [
      '(((',
      '!!! & | <->',
      '"unbalanced',
      '\u0000',
      'a\u0000b',
      '\uD800',
      '🙂'.repeat(1_000),
      'x'.repeat(100_000),
      "' OR 1=1 --",
      '%_\\',
    ];
    for (const text of texts) {
      const label = JSON.stringify(text.slice(0, 20));
      for (const query of [
        `query($t: String) { quotes(filter: { search: $t }) { totalCount } }`,
        `query($t: String) { articles(filter: { search: $t, source: $t, location: $t }) { totalCount } }`,
        `query($t: String) { speaker(slug: $t) { name } location(slug: $t) { name } topic(slug: $t) { name } }`,
        `query($t: String) { speakers(search: $t) { totalCount } locations(search: $t) { totalCount } }`,
        `query($t: String) { quotes(filter: { speaker: $t, topic: $t, location: $t }) { totalCount } }`,
      ]) {
        const result = await env.graphql(query, { t: text });
        expect(result.status, label).toBe(200);
        if (result.errors) expectRefusal(result, ['BAD_USER_INPUT'], `${label} in ${query.slice(0, 60)}`);
      }
    }
  });
});

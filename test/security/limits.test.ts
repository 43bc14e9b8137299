import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATION, EXAMPLE_VARIABLES } from '../../src/graphql/example-operation';
import { nestParents, OVER_DEFAULT_LIMITS } from '../../src/graphql/limits/over-limit-examples';
import { militaryBaseArticle } from '../helpers/sample-text';
import { createTestEnvironment, useTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { postJson } from './helpers/raw-request';

const DEFAULTS: Record<keyof typeof OVER_DEFAULT_LIMITS, number> = {
  MAX_DEPTH: 8,
  MAX_ALIASES: 15,
  MAX_DIRECTIVES: 10,
  MAX_COST: 25_000,
  MAX_TOKENS: 2_000,
};

/** What frontends and the Sandbox really send: all must pass with the default limits. */
const EVERYDAY = {
  topicPage: `query($slug: String!) { topic(slug: $slug) { name quotes(first: 20) { totalCount nodes { text speaker { name role } article { title publishedAt } } pageInfo { hasNextPage endCursor } } } }`,
  speakerPage: `query($slug: String!) { speaker(slug: $slug) { name role aliases quoteCount quotes(first: 50) { nodes { text cue topics { name slug } article { title } } } articles(first: 20) { nodes { title } } topics { name } } }`,
  articleList: `{ articles(first: 20) { totalCount edges { cursor node { title source publishedAt quotes { nodes { text speaker { name } } } locations { name } } } } }`,
  deepestExistingTest: `{ topics { slug quotes(first: 100) { nodes { text speaker { name quotes(first: 100) { nodes { text article { title } } } } } } } }`,
  fragments: `query { quotes(first: 10) { ...Page } } fragment Page on QuoteConnection { nodes { ...Q } } fragment Q on Quote { text speaker { name } }`,
};

describe('query limits', () => {
  const env = useTestEnvironment({}, async (env) => {
    await env.ingest(militaryBaseArticle(1));
  });

  it('let everyday queries, the Sandbox example and the Sandbox introspection through', async () => {
    const variables = { slug: 'military-bases' };
    for (const [name, query] of Object.entries(EVERYDAY)) {
      const result = await env.graphql(query, name === 'speakerPage' ? { slug: 'tomas-verenko' } : variables);
      expect(result.errors, name).toBeUndefined();
      expect(result.status, name).toBe(200);
    }
    const example = await env.graphql(EXAMPLE_OPERATION, EXAMPLE_VARIABLES);
    expect(example.errors).toBeUndefined();
    const introspection = await env.graphql<{ __schema: { types: unknown[] } }>(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    );
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data?.__schema.types.length).toBeGreaterThan(20);
  });

  it.each(Object.keys(OVER_DEFAULT_LIMITS) as (keyof typeof OVER_DEFAULT_LIMITS)[])(
    'refuses an operation over %s with 400 QUERY_TOO_COMPLEX naming the limit, before any SQL',
    async (limit) => {
      const result = await env.graphql(OVER_DEFAULT_LIMITS[limit]);
      expect(result.status).toBe(400);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit,
        maximum: DEFAULTS[limit],
      });
      expect(result.errors?.[0]?.message).toContain(`the limit is ${DEFAULTS[limit]} (${limit})`);
      expect(result.statements).toBe(0);
    },
  );

  it('counts through fragments, and refuses a fragment bomb without walking it out', async () => {
    const levels = 12;
    const fragments = Array.from(
      { length: levels },
      (_, index) =>
        `fragment F${index} on Query { ${index + 1 < levels ? `...F${index + 1} a${index}: __typename ...F${index + 1}` : 'b: __typename'} }`,
    );
    const bomb = await env.graphql(`{ ...F0 } ${fragments.join(' ')}`);
    expect(bomb.status).toBe(400);
    expect(bomb.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_ALIASES' });
    expect(bomb.errors?.[0]?.extensions?.['actual']).toBeGreaterThan(4_000);

    const deepByFragment = await env.graphql(
      `{ locations(first: 1) { nodes { ...P } } } fragment P on Location { ${nestParents(7, 'name')} }`,
    );
    expect(deepByFragment.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'MAX_DEPTH',
      actual: 9,
    });

    const cyclic = await env.graphql(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`);
    expect(cyclic.status).toBe(400);
    expect(cyclic.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('leaves introspection out of depth and cost, but still refuses introspection loops', async () => {
    const loop = (levels: number) =>
      `${'possibleTypes { interfaces { '.repeat(levels)}name${' } }'.repeat(levels)}`;
    const bomb = await env.graphql(`{ __type(name: "Node") { ${loop(6)} } }`);
    expect(bomb.status).toBe(400);
    expect(bomb.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);
    expect(bomb.statements).toBe(0);
  });

  it('counts a `first` given by a variable as the most it could be (100)', async () => {
    const query = `query($n: Int) { articles(first: $n) { nodes { quotes(first: $n) { nodes { speaker { quotes(first: $n) { nodes { text } } } } } } } }`;
    const result = await env.graphql(query, { n: 1 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_COST' });
  });

  it('refuses a body over MAX_BODY_BYTES with 413 and batched requests with 400', async () => {
    const huge = await postJson(env.url, {
      query: `{ __typename }`,
      variables: { pad: 'x'.repeat(1_000_001) },
    });
    expect(huge.status).toBe(413);
    expect(huge.json?.errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
    expect(huge.json?.errors?.[0]?.message).toContain('1000000 bytes');

    const batch = await postJson(env.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    expect(batch.json?.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    expect(batch.json?.errors?.[0]?.message).toMatch(/batch/i);
  });
});

describe('query limits from the environment', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({
      MAX_DEPTH: '2',
      MAX_ALIASES: '1',
      MAX_COST: '30',
      MAX_TOKENS: '40',
      MAX_DIRECTIVES: '1',
      MAX_BODY_BYTES: '2000',
    });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('apply each configured value', async () => {
    const cases: [string, string, string][] = [
      [
        'MAX_DEPTH',
        `{ locations(first: 1) { nodes { name } } }`,
        `{ locations(first: 1) { nodes { parent { name } } } }`,
      ],
      ['MAX_ALIASES', `{ a: __typename }`, `{ a: __typename b: __typename }`],
      [
        'MAX_DIRECTIVES',
        `{ __typename @skip(if: false) }`,
        `{ a: __typename @skip(if: false) __typename @include(if: true) }`,
      ],
      ['MAX_COST', `{ quotes(first: 10) { nodes { text } } }`, `{ quotes(first: 30) { nodes { text } } }`],
      ['MAX_TOKENS', `{ ${'__typename '.repeat(30)}}`, `{ ${'__typename '.repeat(40)}}`],
    ];
    for (const [limit, within, over] of cases) {
      const passed = await env.graphql(within);
      expect(passed.errors, `${limit} within`).toBeUndefined();
      const refused = await env.graphql(over);
      expect(refused.status, limit).toBe(400);
      expect(refused.errors?.[0]?.extensions, limit).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    }
    const body = await postJson(env.url, { query: `{ __typename }`, variables: { pad: 'x'.repeat(2_000) } });
    expect(body.status).toBe(413);
  });
});

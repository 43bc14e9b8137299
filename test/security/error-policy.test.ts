import { describe, expect, it } from 'vitest';
import { stampRequestId } from '../../src/http/stamp-request-id';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';
import { startExtraApp } from '../helpers/extra-app';
import { LEAK_PATTERN, postJson } from './helpers/raw-request';

describe('error policy', () => {
  const env = useTestEnvironment({}, async (env) => {
    await env.ingest(militaryBaseArticle(1));
  });

  it.each(['production', 'development'])(
    'masks an unexpected failure as INTERNAL_SERVER_ERROR with the request id, and logs its cause under that id (%s)',
    async (nodeEnv) => {
      const { app, lines } = await startExtraApp(env, { NODE_ENV: nodeEnv });
      // A failure no code path expects: the table a resolver reads is gone.
      await env.dataSource.query('ALTER TABLE topics RENAME TO topics_gone');
      try {
        const response = await postJson(
          app.url,
          { query: '{ topics { slug } }' },
          { 'x-request-id': `masking-${nodeEnv}` },
        );
        expect(response.status).toBe(200);
        expect(response.json?.errors).toEqual([
          {
            message: 'Internal server error. Quote the requestId when reporting it.',
            locations: [{ line: 1, column: 3 }],
            path: ['topics'],
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: `masking-${nodeEnv}` },
          },
        ]);
        expect(response.headers.get('x-request-id')).toBe(`masking-${nodeEnv}`);
        expect(response.text).not.toMatch(LEAK_PATTERN);
        expect(response.text).not.toMatch(/topics_gone|relation|does not exist/);
        const logged = lines.find((line) => line.requestId === `masking-${nodeEnv}` && line.level >= 50);
        expect(logged?.msg).toBe('unexpected error while executing an operation');
        expect(logged?.err?.message).toMatch(/relation "topics" does not exist/);
      } finally {
        await env.dataSource.query('ALTER TABLE topics_gone RENAME TO topics');
        await app.close();
      }
    },
  );

  it('keeps request errors coded and free of stack traces in development too', async () => {
    const { app } = await startExtraApp(env, { NODE_ENV: 'development' });
    try {
      for (const query of [
        '{ nope }',
        '{',
        `{ node(id: "x") { id } }`,
        `{ quotes(first: 101) { totalCount } }`,
      ]) {
        const response = await postJson(app.url, { query });
        const codes = response.json?.errors?.map((error) => error.extensions?.['code']);
        expect(
          codes?.every((code) =>
            ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'].includes(String(code)),
          ),
          query,
        ).toBe(true);
        expect(response.text, query).not.toMatch(LEAK_PATTERN);
      }
    } finally {
      await app.close();
    }
  });

  it('stamps the request id on masked errors Apollo answers before any plugin runs', () => {
    const masked =
      '{"errors":[{"message":"Internal server error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}';
    expect(JSON.parse(stampRequestId(masked, 'req-1') ?? 'null')).toEqual({
      errors: [
        {
          message: 'Internal server error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
        },
      ],
    });
    expect(
      stampRequestId('{"errors":[{"message":"x","extensions":{"code":"SERVICE_UNAVAILABLE"}}]}', 'req-1'),
    ).toBeNull();
    expect(stampRequestId('not json', 'req-1')).toBeNull();
  });

  it('echoes a caller request id only when it is a plain token', async () => {
    const plain = await postJson(env.url, { query: '{ __typename }' }, { 'x-request-id': 'trace-42.a:b' });
    expect(plain.headers.get('x-request-id')).toBe('trace-42.a:b');
    const odd = await postJson(
      env.url,
      { query: '{ __typename }' },
      { 'x-request-id': '{"level":60} forged log line' },
    );
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives slow clients (Slowloris) 15 s for headers and 30 s for a whole request, not minutes', () => {
    expect(env.app.httpServer.headersTimeout).toBe(15_000);
    expect(env.app.httpServer.requestTimeout).toBe(30_000);
  });

  it('leaves introspection and the Sandbox on in production', async () => {
    const introspection = await env.graphql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    const sandbox = await fetch(env.url, { headers: { accept: 'text/html' } });
    expect(sandbox.status).toBe(200);
    expect(await sandbox.text()).toMatch(/sandbox/i);
  });
});

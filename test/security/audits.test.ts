import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { reportFigure } from './helpers/figures';

/**
 * Audits this server answers otherwise on purpose, by id: notices 5A70, D6D5, 6A70 are GET requests
 * without `apollo-require-preflight`: Apollo's CSRF prevention refuses them, because a browser sends
 * such a GET cross-site without asking first. Every other audit passes: no warning, no error.
 */
const EXPECTED_NOTICES = ['5A70', 'D6D5', '6A70'];

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  let env: TestEnvironment;
  let results: AuditResult[] = [];
  beforeAll(async () => {
    env = await createTestEnvironment();
    results = await Promise.all(serverAudits({ url: env.url, fetchFn: fetch }).map((audit) => audit.fn()));
  });
  afterAll(async () => {
    await env?.close();
  });

  it('passes every audit with no warning and no error (notices: CSRF prevention only)', () => {
    const byStatus = (status: AuditResult['status']) => results.filter((result) => result.status === status);
    const ids = (status: AuditResult['status']) =>
      byStatus(status)
        .map((result) => result.id)
        .sort();
    reportFigure(
      'graphql-http audits',
      `${results.length} run: ${byStatus('ok').length} ok, ${byStatus('notice').length} notice, ${byStatus('warn').length} warn, ${byStatus('error').length} error`,
    );
    expect(results.length).toBeGreaterThanOrEqual(60);
    expect(
      byStatus('error').map(
        (result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`,
      ),
    ).toEqual([]);
    expect(ids('warn')).toEqual([]);
    expect(ids('notice')).toEqual([...EXPECTED_NOTICES].sort());
  });

  it('answers an operation over a limit 200 with its error to application/json, 400 to graphql-response+json', async () => {
    const tooDeep = `{ quotes(first: 1) { nodes { ${'speaker { quotes(first: 1) { nodes { '.repeat(4)}text${' } } }'.repeat(4)} } } }`;
    const send = (accept: string) =>
      fetch(env.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: tooDeep }),
      });
    const asJson = await send('application/json');
    const asGraphql = await send('application/graphql-response+json');
    expect(asJson.status).toBe(200);
    expect(asGraphql.status).toBe(400);
    for (const response of [asJson, asGraphql]) {
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(body.data).toBeUndefined();
    }
    // A request that is not GraphQL at all stays a 400 whatever the client accepts.
    const noQuery = await fetch(env.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    expect(noQuery.status).toBe(400);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { startExtraApp, type LogLine } from '../helpers/extra-app';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';

/** Given Prometheus text, returns each sample's value by its name and labels as printed, e.g. `x_total{a="b"}`. */
function samples(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    values.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return values;
}

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

async function scrape(graphqlUrl: string): Promise<Map<string, number>> {
  const response = await fetch(metricsUrl(graphqlUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return samples(await response.text());
}

const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;

describe('/metrics', () => {
  const env = useTestEnvironment();
  const extras: RunningApp[] = [];
  afterAll(async () => {
    for (const app of extras) await app.close();
  });

  it('counts operations by name and outcome, times them, and tells compiled reads from resolver ones', async () => {
    const before = await scrape(env.url);
    for (let run = 0; run < 3; run += 1)
      await env.graphql('query RecentQuotes { quotes(first: 2) { totalCount } }');
    await env.graphql('query Broken { quotes(first: 2) { noSuchField } }');
    const after = await scrape(env.url);
    const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
    expect(delta('quote_graph_graphql_requests_total{operation="RecentQuotes",outcome="ok"}')).toBe(3);
    expect(delta('quote_graph_graphql_requests_total{operation="Broken",outcome="client_error"}')).toBe(1);
    expect(delta('quote_graph_graphql_request_duration_seconds_count{operation="RecentQuotes"}')).toBe(3);
    expect(
      delta('quote_graph_graphql_request_duration_seconds_bucket{le="+Inf",operation="RecentQuotes"}'),
    ).toBe(3);
    expect(delta('quote_graph_query_executions_total{path="compiled"}')).toBe(3);
    expect(delta('quote_graph_query_executions_total{path="resolvers"}')).toBe(0);

    const resolversOnly = await startExtraApp(env, { COMPILE_QUERIES: 'false', LOG_LEVEL: 'silent' });
    extras.push(resolversOnly.app);
    await env.graphql(
      'query RecentQuotes { quotes(first: 2) { totalCount } }',
      {},
      { url: resolversOnly.app.url },
    );
    const fallback = await scrape(resolversOnly.app.url);
    expect(fallback.get('quote_graph_query_executions_total{path="resolvers"}')).toBe(1);
    // Each app has a registry of its own: the second one counted nothing of the first's.
    expect(fallback.get('quote_graph_query_executions_total{path="compiled"}') ?? 0).toBe(0);
  });

  it('counts articles ingested by outcome', async () => {
    const article = militaryBaseArticle(41);
    const created = await env.graphql(INGEST, { input: article });
    const again = await env.graphql(INGEST, { input: article });
    const refused = await env.graphql(INGEST, { input: { ...article, body: '' } });
    expect(created.data).toEqual({ ingestArticle: { created: true } });
    expect(again.data).toEqual({ ingestArticle: { created: false } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const after = await scrape(env.url);
    expect(after.get('quote_graph_articles_ingested_total{outcome="created"}')).toBe(1);
    expect(after.get('quote_graph_articles_ingested_total{outcome="unchanged"}')).toBe(1);
    expect(after.get('quote_graph_articles_ingested_total{outcome="failed"}')).toBe(1);
  });

  it('reports the database pool by state, and Node process metrics', async () => {
    const values = await scrape(env.url);
    const inUse = values.get('quote_graph_db_pool_connections{state="in_use"}');
    const idle = values.get('quote_graph_db_pool_connections{state="idle"}');
    expect(inUse).toBeGreaterThanOrEqual(0);
    expect(idle).toBeGreaterThan(0); // the requests above left connections in the pool
    expect(values.get('quote_graph_db_pool_connections{state="waiting"}')).toBe(0);
    expect(values.get('process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('answers only the scraper holding METRICS_TOKEN when one is set', async () => {
    const token = 'metrics-token-for-the-scraper';
    const guarded = await startExtraApp(env, { METRICS_TOKEN: token, LOG_LEVEL: 'silent' });
    extras.push(guarded.app);
    const url = metricsUrl(guarded.app.url);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(
      401,
    );
    const allowed = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('# TYPE quote_graph_graphql_requests_total counter');
  });

  it('logs one compact line per operation in development', async () => {
    const development = await startExtraApp(env, { NODE_ENV: 'development', LOG_LEVEL: 'info' });
    extras.push(development.app);
    await env.graphql(
      'query RecentQuotes { quotes(first: 1) { totalCount } }',
      {},
      { url: development.app.url },
    );
    await env.graphql('{ quotes(first: 1) { nope } }', {}, { url: development.app.url });
    const operations = development.lines.filter((line: LogLine) => / ms/.test(line.msg));
    expect(
      operations.map((line) => line.msg.replace(/[\d.]+ ms/, 'N ms').replace(/\(\w+\)$/, '(id)')),
    ).toEqual(['RecentQuotes 200 N ms (id)', 'anonymous 400 N ms 1 error (id)']);
  });
});

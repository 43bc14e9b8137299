import { describe, expect, it } from 'vitest';
import { retryTransaction } from '../../src/ingest/retry-transaction';
import { militaryBaseArticle, type TestArticle } from '../helpers/sample-text';
import { useTestEnvironment, type GraphQLResult, type TestEnvironment } from '../helpers/test-environment';
import { reportFigure } from './helpers/figures';

const SPEAKERS = [
  'Defence Minister Tomas Verenko',
  'Interior Minister Pavel Dorosh',
  'Foreign Minister Anna Kalina',
  'Transport Minister Olga Smeyan',
  'Energy Minister Igor Bely',
];
const INGEST =
  'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }';
type Ingested = { ingestArticle: { created: boolean; article: { id: string } } };

const duplicates = (env: TestEnvironment, table: string, key: string) =>
  env.dataSource.query(
    `SELECT ${key}, count(*)::int AS n FROM ${table} GROUP BY ${key} HAVING count(*) > 1`,
  ) as Promise<unknown[]>;

describe('concurrent ingests', () => {
  const env = useTestEnvironment();

  const ingestAll = (articles: TestArticle[]): Promise<GraphQLResult<Ingested>[]> =>
    Promise.all(articles.map((input) => env.graphql<Ingested>(INGEST, { input })));

  it('50 at once, sharing speakers, places and topics: no duplicate, no error reaching the client', async () => {
    const articles = Array.from({ length: 50 }, (_, index) =>
      militaryBaseArticle(1_000 + index, SPEAKERS[index % SPEAKERS.length]),
    );
    const started = process.hrtime.bigint();
    const results = await ingestAll(articles);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(results.every((result) => result.status === 200 && result.data?.ingestArticle.created)).toBe(true);

    const speakers = await env.graphql<{
      speakers: { totalCount: number; nodes: { name: string; quoteCount: number }[] };
    }>('{ speakers(first: 100) { totalCount nodes { name quoteCount } } }');
    expect(speakers.data?.speakers.totalCount).toBe(SPEAKERS.length);
    for (const speaker of speakers.data?.speakers.nodes ?? [])
      expect(speaker.quoteCount, speaker.name).toBe(20);
    expect(await duplicates(env, 'speakers', 'slug')).toEqual([]);
    expect(await duplicates(env, 'locations', 'slug')).toEqual([]);
    expect(await duplicates(env, 'topics', 'slug')).toEqual([]);
    const quotes = await env.graphql<{ quotes: { totalCount: number } }>('{ quotes { totalCount } }');
    expect(quotes.data?.quotes.totalCount).toBe(100);
    reportFigure(
      '50 concurrent ingests (shared speakers, places, topics)',
      `${elapsedMs.toFixed(0)} ms, 0 errors`,
    );
  });

  it('the same new article 20 times at once is stored once', async () => {
    const article = militaryBaseArticle(5_000, SPEAKERS[0]);
    const results = await ingestAll(Array.from({ length: 20 }, () => article));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(results.filter((result) => result.data?.ingestArticle.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.data?.ingestArticle.article.id)).size).toBe(1);
  });

  it('retries work Postgres aborted for a deadlock, a serialization failure or a lost race, and nothing else', async () => {
    const failing = (errors: object[]) => {
      let calls = 0;
      const work = async () => {
        const error = errors[calls++];
        if (error) throw Object.assign(new Error('aborted'), error);
        return calls;
      };
      return { work, calls: () => calls };
    };
    const retried = failing([{ code: '40P01' }, { driverError: { code: '40001' } }, { code: '23505' }]);
    expect(await retryTransaction(retried.work)).toBe(4);
    const foreignKey = failing([{ code: '23503' }]);
    await expect(retryTransaction(foreignKey.work)).rejects.toThrow('aborted');
    expect(foreignKey.calls()).toBe(1);
    const endless = failing(Array.from({ length: 10 }, () => ({ code: '40P01' })));
    await expect(retryTransaction(endless.work)).rejects.toThrow('aborted');
    expect(endless.calls()).toBe(5);
  });
});

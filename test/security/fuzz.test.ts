import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';
import { reportFigure } from './helpers/figures';
import { mutate, type FuzzCase } from './helpers/mutations';
import { OperationGenerator } from './helpers/operation-generator';
import { LEAK_PATTERN, rawRequest } from './helpers/raw-request';
import { SeededRandom } from '../../src/random/seeded-random';

const SEED = 20_260_428;
const CASES = 1_200;
const IN_FLIGHT = 16;

describe('fuzzing the API with malformed and mutated operations', () => {
  const env = useTestEnvironment({}, async (env) => {
    for (let index = 0; index < 4; index += 1) await env.ingest(militaryBaseArticle(index));
  });

  it(`answers ${CASES} of them (seed ${SEED}) without a 5xx or a leaked internal, and stays up`, async () => {
    const introspection = await env.graphql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.data as IntrospectionQuery);
    const known = await env.graphql<{
      quotes: { nodes: { id: string; speaker: { id: string }; article: { id: string } }[] };
    }>('{ quotes(first: 3) { nodes { id speaker { id } article { id } } } }');
    const ids = (known.data?.quotes.nodes ?? []).flatMap((quote) => [
      quote.id,
      quote.speaker.id,
      quote.article.id,
    ]);
    const random = new SeededRandom(SEED);
    const generator = new OperationGenerator(schema, random, {
      ids: [...ids, 'garbage', ''],
      strings: [
        'military-bases',
        'tomas-verenko',
        'minsk',
        'grodno',
        'base',
        'Test Wire',
        'https://example.org/fuzz',
      ],
    });
    // Some operations go out as generated, so resolvers, not only the parser and validation, meet random arguments.
    const cases: FuzzCase[] = Array.from({ length: CASES }, () => {
      const operation = generator.operation(random.int(1, 4));
      return random.chance(0.2)
        ? {
            kind: 'valid',
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: operation }),
          }
        : mutate(random, operation);
    });

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const kinds = new Map<string, number>();
    let next = 0;
    const send = async (): Promise<void> => {
      while (next < cases.length) {
        const fuzzCase = cases[next++] as FuzzCase;
        kinds.set(fuzzCase.kind, (kinds.get(fuzzCase.kind) ?? 0) + 1);
        const response = await rawRequest(`${env.url}${fuzzCase.search ?? ''}`, {
          method: fuzzCase.method,
          headers: { ...fuzzCase.headers, authorization: `Bearer ${env.apiToken}` },
          ...(fuzzCase.body === undefined ? {} : { body: fuzzCase.body }),
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        for (const error of response.json?.errors ?? []) {
          const code = String(error.extensions?.['code']);
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
        const label = `${fuzzCase.kind} ${fuzzCase.method} ${(fuzzCase.body ?? fuzzCase.search ?? '').slice(0, 200)}`;
        if (response.status >= 500)
          failures.push(`${response.status}: ${label} -> ${response.text.slice(0, 300)}`);
        if (LEAK_PATTERN.test(response.text))
          failures.push(`leak: ${label} -> ${response.text.slice(0, 300)}`);
        if (response.json?.errors?.some((error) => error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR')) {
          failures.push(`masked internal error: ${label} -> ${response.text.slice(0, 300)}`);
        }
      }
    };
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: IN_FLIGHT }, send));
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

    expect(failures).toEqual([]);
    expect(await rawRequest(new URL('/health', env.url).toString())).toMatchObject({ status: 200 });
    // The fuzzer holds the token, so its mutations may have deleted or renamed what was ingested:
    // a plain nested read must still answer whole, whatever the data has become.
    const normal = await env.graphql<{
      topics: { slug: string }[];
      quotes: { totalCount: number };
    }>('{ topics { slug } quotes(first: 5) { totalCount nodes { text speaker { name } } } }');
    expect(normal.errors).toBeUndefined();
    expect(Array.isArray(normal.data?.topics)).toBe(true);
    expect(normal.data?.quotes.totalCount).toEqual(expect.any(Number));

    const tally = (map: Map<string | number, number>) =>
      [...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([key, count]) => `${key}=${count}`)
        .join(', ');
    reportFigure(
      'fuzz',
      `${CASES} requests (seed ${SEED}) in ${elapsedMs.toFixed(0)} ms, ${IN_FLIGHT} in flight`,
    );
    reportFigure('fuzz kinds', tally(kinds));
    reportFigure('fuzz statuses', tally(statuses));
    reportFigure('fuzz error codes', tally(codes));
  });
});

import { describe, expect, it } from 'vitest';
import { statusForClient } from '../../../src/http/json-client-status';

const errors = (...codes: string[]) =>
  JSON.stringify({ errors: codes.map((code) => ({ message: code, extensions: { code } })) });
const JSON_TYPE = 'application/json; charset=utf-8';

describe('statusForClient', () => {
  it('turns 400 into 200 for application/json when the operation itself was refused', () => {
    for (const code of [
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_USER_INPUT',
      'QUERY_TOO_COMPLEX',
    ])
      expect(statusForClient(400, JSON_TYPE, errors(code)), code).toBe(200);
  });

  it('keeps 400 for graphql-response+json, and for requests that are not well-formed', () => {
    expect(
      statusForClient(
        400,
        'application/graphql-response+json; charset=utf-8',
        errors('GRAPHQL_PARSE_FAILED'),
      ),
    ).toBe(400);
    expect(statusForClient(400, JSON_TYPE, errors('BAD_REQUEST'))).toBe(400);
    expect(statusForClient(400, JSON_TYPE, errors('GRAPHQL_PARSE_FAILED', 'BAD_REQUEST'))).toBe(400);
    expect(statusForClient(400, JSON_TYPE, 'not json')).toBe(400);
  });

  it('leaves every other status alone', () => {
    expect(statusForClient(503, JSON_TYPE, errors('SERVICE_UNAVAILABLE'))).toBe(503);
    expect(statusForClient(200, JSON_TYPE, '{"data":{}}')).toBe(200);
  });
});

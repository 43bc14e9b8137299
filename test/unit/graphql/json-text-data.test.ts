import { describe, expect, it } from 'vitest';
import { jsonTextData, stringifyResult } from '../../../src/graphql/compiled/json-text-data';

describe('stringifyResult', () => {
  it('writes JSON text data as it is, between what Apollo puts around it', () => {
    const data = jsonTextData('{"topic" : {"name" : "Military bases"}}');
    expect(stringifyResult({ data })).toBe('{"data":{"topic" : {"name" : "Military bases"}}}\n');
    const withBoth = stringifyResult({ errors: [{ message: 'partly' }], data, extensions: { cost: 3 } });
    expect(JSON.parse(withBoth)).toEqual({
      errors: [{ message: 'partly' }],
      data: { topic: { name: 'Military bases' } },
      extensions: { cost: 3 },
    });
  });

  it('writes any other result exactly as Apollo does', () => {
    const result = { errors: [{ message: 'no' }], data: { a: [1, null] } };
    expect(stringifyResult(result)).toBe(`${JSON.stringify(result)}\n`);
  });
});

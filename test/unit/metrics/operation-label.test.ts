import { describe, expect, it } from 'vitest';
import { operationLabeller } from '../../../src/metrics/operation-label';

describe('operationLabeller', () => {
  it('keeps plain names, calls a missing one anonymous and an odd one other', () => {
    const label = operationLabeller();
    expect(label('QuotesAboutTopic')).toBe('QuotesAboutTopic');
    expect(label(undefined)).toBe('anonymous');
    expect(label('')).toBe('anonymous');
    expect(label('has spaces')).toBe('other');
    expect(label('x'.repeat(65))).toBe('other');
  });

  it('keeps at most 100 names, so random names cannot grow the series without bound', () => {
    const label = operationLabeller();
    const labels = Array.from({ length: 150 }, (_, index) => label(`Operation${index}`));
    expect(new Set(labels).size).toBe(101);
    expect(labels[99]).toBe('Operation99');
    expect(labels[100]).toBe('other');
    expect(label('Operation5')).toBe('Operation5');
  });
});

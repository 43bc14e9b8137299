import { describe, expect, it } from 'vitest';
import { etagOf, matchesIfNoneMatch } from '../../../src/http-cache/etag';

describe('ETags', () => {
  it('are the same for the same body and differ for another', () => {
    expect(etagOf('{"data":1}')).toBe(etagOf('{"data":1}'));
    expect(etagOf('{"data":1}')).not.toBe(etagOf('{"data":2}'));
    expect(etagOf('x')).toMatch(/^"[\w-]{27}"$/);
  });

  it('match If-None-Match weakly, in a list, or as *', () => {
    const etag = etagOf('body');
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});

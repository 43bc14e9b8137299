import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src/extraction/dateline';

const at = (iso: string): Date => new Date(iso);
const parsed = (dateline: string, reference: string): string | undefined =>
  parseDateline(dateline, at(reference))?.toISOString();

describe('parseDateline', () => {
  it('dates a dateline without a year in the year of ingest when that day has passed', () => {
    expect(parsed('13:20, 26 April', '2026-11-28T16:00:00Z')).toBe('2026-04-26T13:20:00.000Z');
  });

  it('takes the year before when the day is still to come this year', () => {
    expect(parsed('13:20, 26 April', '2026-03-01T00:00:00Z')).toBe('2025-04-26T13:20:00.000Z');
    expect(parsed('MINSK, 30 December', '2027-01-02T08:00:00Z')).toBe('2026-12-30T00:00:00.000Z');
  });

  it('honours a UTC offset written after the time', () => {
    expect(parsed('April 13, 12:39 UTC+3', '2026-11-28T16:00:00Z')).toBe('2026-04-13T09:39:00.000Z');
    expect(parsed('April 13, 12:39 GMT-05:30', '2026-11-28T16:00:00Z')).toBe('2026-04-13T18:09:00.000Z');
    expect(parsed('26 April, 13:20 +02:00', '2026-11-28T16:00:00Z')).toBe('2026-04-26T11:20:00.000Z');
    expect(parsed('26 April, 13:20 MSK', '2026-11-28T16:00:00Z')).toBe('2026-04-26T10:20:00.000Z');
  });

  it('reads a place dateline without a time as midnight UTC of that day', () => {
    expect(parsed('MINSK, 2 March', '2026-11-28T16:00:00Z')).toBe('2026-03-02T00:00:00.000Z');
    expect(parsed('ASTANA, Sept. 9', '2026-11-28T16:00:00Z')).toBe('2026-09-09T00:00:00.000Z');
  });

  it('reads 12-hour times', () => {
    expect(parsed('March 2, 3:05 p.m.', '2026-11-28T16:00:00Z')).toBe('2026-03-02T15:05:00.000Z');
    expect(parsed('March 2, 12:10 am', '2026-11-28T16:00:00Z')).toBe('2026-03-02T00:10:00.000Z');
  });

  it('keeps today’s article in this year although its local time is ahead of UTC', () => {
    // 13:20 in Minsk is 10:20 UTC: ingested at 11:00 UTC the unzoned "13:20" looks two hours ahead.
    expect(parsed('13:20, 26 April', '2026-04-26T11:00:00Z')).toBe('2026-04-26T13:20:00.000Z');
  });

  it('never dates a dateline with an offset in the future, beyond clock skew', () => {
    expect(parsed('April 26, 13:20 UTC+3', '2026-04-26T10:00:00Z')).toBe('2025-04-26T10:20:00.000Z');
    expect(parsed('April 26, 13:20 UTC+3', '2026-04-26T10:25:00Z')).toBe('2026-04-26T10:20:00.000Z');
  });

  it('crosses New Year by the offset: 00:30 on 1 January at UTC+3 is still 31 December in UTC', () => {
    expect(parsed('00:30, 1 January UTC+3', '2026-12-31T22:00:00Z')).toBe('2026-12-31T21:30:00.000Z');
  });

  it('goes back to the last leap year for 29 February', () => {
    expect(parsed('29 February', '2027-06-01T00:00:00Z')).toBe('2024-02-29T00:00:00.000Z');
  });

  it('takes a stated year as it is', () => {
    expect(parsed('MINSK, 2 March 2019', '2026-11-28T16:00:00Z')).toBe('2019-03-02T00:00:00.000Z');
    expect(parsed('2025-07-09 08:15 UTC+5', '2026-11-28T16:00:00Z')).toBe('2025-07-09T03:15:00.000Z');
  });

  it('returns null when no day of a month is named, or the day does not exist', () => {
    for (const text of ['MINSK', '13:20', 'Updated yesterday', '31 April', 'May']) {
      expect(parseDateline(text, at('2026-11-28T16:00:00Z')), text).toBeNull();
    }
  });
});

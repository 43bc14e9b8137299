import { describe, expect, it } from 'vitest';
import { parseDateline, YEARLESS_DATELINE_MAX_AGE_DAYS } from '../../../src/extraction/dateline';

const at = (iso: string): Date => new Date(iso);
const parsed = (dateline: string, reference: string): string | undefined =>
  parseDateline(dateline, at(reference))?.toISOString();

describe('parseDateline', () => {
  it('dates a dateline without a year in the year of ingest when that day has passed', () => {
    expect(parsed('13:20, 26 April', '2026-11-28T16:00:00Z')).toBe('2026-04-26T13:20:00.000Z');
  });

  it('takes the year before when the day is still to come this year', () => {
    expect(parsed('13:20, 26 April', '2027-02-01T00:00:00Z')).toBe('2026-04-26T13:20:00.000Z');
    expect(parsed('MINSK, 30 December', '2027-01-02T08:00:00Z')).toBe('2026-12-30T00:00:00.000Z');
    expect(parsed('December 28', '2027-01-10T09:00:00Z')).toBe('2026-12-28T00:00:00.000Z');
  });

  it(`leaves undated a yearless dateline more than ${YEARLESS_DATELINE_MAX_AGE_DAYS} days before the ingest`, () => {
    // 26 April is 309 days before 1 March: the dateline cannot say which year, so none is guessed.
    expect(parsed('13:20, 26 April', '2026-03-01T00:00:00Z')).toBeUndefined();
    // A day after the ingest is last year's, 360 days back.
    expect(parsed('MINSK, 2 March', '2026-02-25T00:00:00Z')).toBeUndefined();
  });

  it(`dates a yearless dateline exactly ${YEARLESS_DATELINE_MAX_AGE_DAYS} days old, not a minute older`, () => {
    const day = Date.parse('2026-03-02T00:00:00Z');
    const limit = new Date(day + YEARLESS_DATELINE_MAX_AGE_DAYS * 86_400_000).toISOString();
    expect(parsed('MINSK, 2 March', limit)).toBe('2026-03-02T00:00:00.000Z');
    const past = new Date(Date.parse(limit) + 60_000).toISOString();
    expect(parsed('MINSK, 2 March', past)).toBeUndefined();
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
    // Twenty minutes ahead is not today; last year's 26 April is too old to date by.
    expect(parsed('April 26, 13:20 UTC+3', '2026-04-26T10:00:00Z')).toBeUndefined();
    expect(parsed('April 26, 13:20 UTC+3', '2026-04-26T10:25:00Z')).toBe('2026-04-26T10:20:00.000Z');
  });

  it('crosses New Year by the offset: 00:30 on 1 January at UTC+3 is still 31 December in UTC', () => {
    expect(parsed('00:30, 1 January UTC+3', '2026-12-31T22:00:00Z')).toBe('2026-12-31T21:30:00.000Z');
  });

  it('dates 29 February in a leap year, and leaves it undated when the last one is years back', () => {
    expect(parsed('29 February', '2028-06-01T00:00:00Z')).toBe('2028-02-29T00:00:00.000Z');
    expect(parsed('29 February', '2027-06-01T00:00:00Z')).toBeUndefined();
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

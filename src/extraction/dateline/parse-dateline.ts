import { readDatelineParts, type DatelineParts } from './dateline-parts';

const MINUTE = 60_000;
// Without a stated zone the time is read as UTC, but the outlet may be up to 14 hours ahead of UTC;
// a dateline that far "in the future" is today's article, not last year's.
const UNZONED_GRACE = 14 * 60 * MINUTE;
// With a stated zone only clock skew between the outlet and this server is forgiven.
const ZONED_GRACE = 10 * MINUTE;
/**
 * How far before the ingest a dateline without a year may fall and still be dated by it: a
 * "28 December" filed in January is last year's news, but an archive loaded today holds stories
 * whose year the dateline cannot tell, and guessing would file them under the wrong year.
 */
export const YEARLESS_DATELINE_MAX_AGE_DAYS = 300;
const MAX_AGE = YEARLESS_DATELINE_MAX_AGE_DAYS * 24 * 60 * MINUTE;

function instant(parts: DatelineParts, year: number): Date | null {
  const local = Date.UTC(year, parts.month, parts.day, parts.hour, parts.minute);
  // Date.UTC rolls 31 April over to 1 May: a day the month lacks is not a date.
  if (new Date(local).getUTCDate() !== parts.day) return null;
  return new Date(local - (parts.offsetMinutes ?? 0) * MINUTE);
}

/**
 * Given a dateline as printed and the moment of ingest, returns when the article was published.
 * A dateline with a year is taken as it is; one without ("13:20, 26 April", "April 13, 12:39 UTC+3",
 * "MINSK, 2 March") gets the most recent year in which that date is not after `reference`, but only
 * when that day lies at most YEARLESS_DATELINE_MAX_AGE_DAYS before it: an older one stays undated
 * (null; the raw dateline is kept with the article). A stated UTC offset or zone is honoured, else
 * the time is UTC; a missing time is midnight. Returns null too when the dateline names no day of a
 * month, or a day that does not exist.
 */
export function parseDateline(dateline: string, reference: Date): Date | null {
  const parts = readDatelineParts(dateline);
  if (!parts) return null;
  if (parts.year !== null) return instant(parts, parts.year);
  const latest = reference.getTime() + (parts.offsetMinutes === null ? UNZONED_GRACE : ZONED_GRACE);
  const earliest = reference.getTime() - MAX_AGE;
  // Next year only by the grace (New Year's Day filed ahead of UTC), else this year or the last.
  const thisYear = reference.getUTCFullYear();
  for (const year of [thisYear + 1, thisYear, thisYear - 1]) {
    const candidate = instant(parts, year);
    if (candidate && candidate.getTime() <= latest) return candidate.getTime() >= earliest ? candidate : null;
  }
  return null;
}

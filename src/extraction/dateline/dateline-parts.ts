import { MONTH_PATTERN, monthIndex } from './month-names';
import { readUtcOffset } from './utc-offset';

/** What a dateline says about when: a calendar day, maybe a year, a time and a UTC offset. */
export interface DatelineParts {
  /** 0-based month. */
  month: number;
  day: number;
  year: number | null;
  hour: number;
  minute: number;
  /** Minutes east of UTC, or null when the dateline names no zone. */
  offsetMinutes: number | null;
}

const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})\\b\\.?`, 'i');
const MONTH_DAY = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const YEAR = /\b(19\d{2}|20\d{2})\b/;
const TIME = /\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?/i;

function readDay(text: string): { month: number; day: number; year: number | null } | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]) };
  const dayFirst = DAY_MONTH.exec(text);
  const monthFirst = MONTH_DAY.exec(text);
  const month = monthIndex((dayFirst ? dayFirst[2] : monthFirst?.[1]) ?? '');
  const day = Number((dayFirst ? dayFirst[1] : monthFirst?.[2]) ?? NaN);
  if (month === null || !(day >= 1 && day <= 31)) return null;
  const year = YEAR.exec(text);
  return { month, day, year: year ? Number(year[1]) : null };
}

function readTime(text: string): { hour: number; minute: number } {
  const time = TIME.exec(text);
  if (!time) return { hour: 0, minute: 0 };
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return hour <= 23 && minute <= 59 ? { hour, minute } : { hour: 0, minute: 0 };
}

/**
 * Given a dateline as printed ("13:20, 26 April", "April 13, 12:39 UTC+3", "MINSK, 2 March 2025"),
 * returns the parts it states, or null when it names no day of a month. A missing time is midnight.
 */
export function readDatelineParts(text: string): DatelineParts | null {
  const day = readDay(text);
  if (!day) return null;
  return { ...day, ...readTime(text), offsetMinutes: readUtcOffset(text) };
}

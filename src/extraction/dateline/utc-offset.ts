/** Zone abbreviations wire services print after a time, with their offset from UTC in minutes. */
const ZONES: Readonly<Record<string, number>> = {
  utc: 0,
  gmt: 0,
  z: 0,
  msk: 180,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
};

// "UTC+3", "GMT -05:30", "+03:00" (only right after a time, so "+3" in prose is not taken), "MSK".
const OFFSET = /\b(utc|gmt)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\b/i;
const BARE_OFFSET = /\d{1,2}:\d{2}\s*([+\-−])(\d{2}):?(\d{2})\b/;
const ZONE = /\b(utc|gmt|msk|cet|cest|eet|eest|z)\b/i;

function signed(sign: string, hours: string, minutes: string | undefined): number | null {
  const total = Number(hours) * 60 + Number(minutes ?? 0);
  if (Number(hours) > 14 || Number(minutes ?? 0) > 59) return null;
  return sign === '+' ? total : -total;
}

/**
 * Given a dateline, returns the UTC offset it states in minutes ("UTC+3" → 180, "MSK" → 180,
 * "GMT" → 0), or null when it states none.
 */
export function readUtcOffset(text: string): number | null {
  const explicit = OFFSET.exec(text);
  if (explicit) return signed(explicit[2] ?? '+', explicit[3] ?? '0', explicit[4]);
  const bare = BARE_OFFSET.exec(text);
  if (bare) return signed(bare[1] ?? '+', bare[2] ?? '0', bare[3]);
  const zone = ZONE.exec(text);
  return zone ? (ZONES[(zone[1] ?? '').toLowerCase()] ?? null) : null;
}

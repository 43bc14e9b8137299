// The filters of a result list, as they sit in the URL (?q=&topic=&speaker=&place=&from=&to=&kind=&sort=)
// and as the API takes them (QuoteFilter plus the list's order).

/** URL keys the result filters use; a page's own key (its speaker, topic…) is fixed by its path instead. */
export const FILTER_KEYS = ['q', 'topic', 'speaker', 'place', 'from', 'to', 'kind', 'sort'];

/**
 * Sort choices: the URL value, what the API calls it and what the reader sees. The first is the
 * API's own default (newest published first), so a URL without `sort` asks for no order at all.
 */
export const SORTS = [
  { value: '', order: null, label: 'Published: newest first' },
  { value: 'oldest', order: 'PUBLISHED_OLDEST', label: 'Published: oldest first' },
  { value: 'added', order: 'RECENTLY_ADDED', label: 'Recently added' },
];

export const KINDS = [
  { value: '', api: null, label: 'Direct and reported' },
  { value: 'direct', api: 'DIRECT', label: 'Direct quotes' },
  { value: 'reported', api: 'INDIRECT', label: 'Reported speech' },
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Given `YYYY-MM-DD`, returns that day's UTC midnight as ISO text, or null when it is not a date. */
export function dayStart(day) {
  if (!day || !DAY.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Given `YYYY-MM-DD`, returns the ISO instant just after that day (ranges include their last day). */
export function dayAfter(day) {
  const start = dayStart(day);
  if (!start) return null;
  const date = new Date(start);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** Given an ISO instant, returns its UTC day as `YYYY-MM-DD`. */
export function toDay(iso) {
  return new Date(iso).toISOString().slice(0, 10);
}

/** Reads the filters from a URL query: `{ q, topic, speaker, place, from, to, kind, sort }`, '' when absent. */
export function readFilters(query) {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, (query.get(key) ?? '').trim()]));
}

/**
 * Given the URL filters and the page's own scope (e.g. `{ speaker: 'elena-marchuk' }`), returns the
 * API's `QuoteFilter`. The scope wins over the URL: a speaker page shows that speaker's quotes only.
 */
export function toQuoteFilter(filters, scope = {}) {
  const filter = {};
  if (filters.q) filter.search = filters.q;
  if (filters.topic) filter.topic = filters.topic;
  if (filters.speaker) filter.speaker = filters.speaker;
  if (filters.place) filter.location = filters.place;
  const after = dayStart(filters.from);
  const before = dayAfter(filters.to);
  if (after) filter.publishedAfter = after;
  if (before) filter.publishedBefore = before;
  const kind = KINDS.find((entry) => entry.value === filters.kind)?.api;
  if (kind) filter.kind = kind;
  return { ...filter, ...scope };
}

/** The API's order for the URL's `sort`, or null for the list's own order (newest published first; `sort=newest` of older links too). */
export function toQuoteOrder(filters) {
  return SORTS.find((entry) => entry.value === filters.sort)?.order ?? null;
}

/** True when any filter is set, so the page can offer "clear filters". */
export function hasFilters(filters) {
  return FILTER_KEYS.some((key) => key !== 'sort' && filters[key]);
}

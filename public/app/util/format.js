// Dates are shown in UTC: an article's day must not change with the reader's time zone.

export function formatDate(iso, { withYear = true } = {}) {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString('en-GB', {
    year: withYear ? 'numeric' : undefined,
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatMonth(iso) {
  return new Date(iso).toLocaleDateString('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' });
}

export function plural(count, noun, nouns = `${noun}s`) {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : nouns}`;
}

export function kindLabel(kind) {
  return kind === 'DIRECT' ? 'quote' : 'reported';
}

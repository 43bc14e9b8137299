import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { withQuery } from '../router.js';
import { toDay } from '../state/filters.js';
import { formatDate, formatMonth, plural } from '../util/format.js';

export const INTERVALS = [
  { value: 'day', api: 'DAY', label: 'Day' },
  { value: 'week', api: 'WEEK', label: 'Week' },
  { value: 'month', api: 'MONTH', label: 'Month' },
];

/** The first instant after a bucket that starts at `start` (UTC). */
function bucketEnd(start, interval) {
  const end = new Date(start);
  if (interval === 'day') end.setUTCDate(end.getUTCDate() + 1);
  else if (interval === 'week') end.setUTCDate(end.getUTCDate() + 7);
  else end.setUTCMonth(end.getUTCMonth() + 1);
  return end;
}

function bucketLabel(start, interval) {
  if (interval === 'month') return formatMonth(start);
  if (interval === 'week') return `week of ${formatDate(start)}`;
  return formatDate(start);
}

const WIDTH = 720;
const HEIGHT = 160;
const AXIS = 22;

/**
 * Quotes per day, week or month as SVG bars. Each bar is a link narrowing the page's date range to
 * that bucket (so it has its own URL); hovering or focusing a bar tells its count.
 */
export function Timeline({ buckets, interval, location }) {
  const [hovered, setHovered] = useState(null);
  if (!buckets.length) return html`<p class="muted">No dated quotes to chart.</p>`;
  const max = Math.max(...buckets.map((bucket) => bucket.count), 1);
  // A few buckets keep bars of a readable width rather than stretching across the whole chart.
  const band = Math.min(WIDTH / buckets.length, 60);
  const gap = Math.min(band * 0.2, 6);
  const labelEvery = Math.ceil(buckets.length / 8);
  const shown = hovered ?? null;
  return html`<figure class="timeline">
    <svg
      viewBox=${`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
      role="group"
      aria-label=${`Quotes per ${interval}; choose a bar to narrow the dates to it`}
      preserveAspectRatio="none"
    >
      ${buckets.map((bucket, index) => {
        const end = bucketEnd(bucket.start, interval);
        const lastDay = new Date(end.getTime() - 86_400_000).toISOString();
        const height = bucket.count === 0 ? 0 : Math.max((bucket.count / max) * (HEIGHT - 16), 2);
        const label = `${bucketLabel(bucket.start, interval)}: ${plural(bucket.count, 'quote')}`;
        const href =
          location.pathname + withQuery(location.query, { from: toDay(bucket.start), to: toDay(lastDay) });
        return html`<a
          href=${href}
          class=${`bar${shown === index ? ' active' : ''}`}
          aria-label=${label}
          data-start=${toDay(bucket.start)}
          data-count=${bucket.count}
          onMouseEnter=${() => setHovered(index)}
          onMouseLeave=${() => setHovered(null)}
          onFocus=${() => setHovered(index)}
          onBlur=${() => setHovered(null)}
        >
          <title>${label}</title>
          <rect class="hit" x=${index * band} y="0" width=${band} height=${HEIGHT} />
          <rect
            class="fill"
            x=${index * band + gap / 2}
            y=${HEIGHT - height}
            width=${Math.max(band - gap, 1)}
            height=${height}
          />
          ${
            index % labelEvery === 0
              ? html`<text x=${index * band + band / 2} y=${HEIGHT + 16} text-anchor="middle"
                  >${interval === 'month' ? formatMonth(bucket.start) : formatDate(bucket.start, { withYear: false })}</text
                >`
              : null
          }
        </a>`;
      })}
      <line x1="0" x2=${WIDTH} y1=${HEIGHT} y2=${HEIGHT} class="axis" />
    </svg>
    <figcaption class="timeline-readout" aria-live="polite">
      ${
        shown === null
          ? `Peak: ${plural(max, 'quote')} in one ${interval}. Hover or focus a bar for its count; choose it to narrow the dates.`
          : `${bucketLabel(buckets[shown].start, interval)}: ${plural(buckets[shown].count, 'quote')}`
      }
    </figcaption>
  </figure>`;
}

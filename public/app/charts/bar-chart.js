import { html } from '../html.js';

/**
 * Horizontal bars for a ranking (top speakers, top topics): each row a link with its count, the bar's
 * length relative to the first row. Plain HTML, so screen readers read it as a list.
 */
export function BarChart({ label, rows }) {
  if (!rows.length) return html`<p class="muted">Nothing to rank yet.</p>`;
  const max = Math.max(...rows.map((row) => row.count), 1);
  return html`<ol class="bar-chart" aria-label=${label}>
    ${rows.map(
      (row) =>
        html`<li>
          <a href=${row.href}>${row.label}</a>
          <span class="bar-track" aria-hidden="true"
            ><span class="bar-fill" style=${`width: ${(row.count / max) * 100}%`}></span
          ></span>
          <span class="bar-count">${row.count}</span>
        </li>`,
    )}
  </ol>`;
}

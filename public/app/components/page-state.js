import { html } from '../html.js';

/** What a page shows while its main query loads, fails, or finds nothing. */
export function PageState({ result, missing }) {
  if (result.error)
    return html`<p class="status error" role="alert">Could not load this page: ${result.error.message}</p>`;
  if (!result.data) return html`<p class="status" role="status">Loading…</p>`;
  return html`<div class="not-found">
    <h1>Not found</h1>
    <p>${missing}</p>
    <p><a href="/">Back to every quote</a></p>
  </div>`;
}

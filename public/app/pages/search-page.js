import { html } from '../html.js';
import { ResultView } from '../components/result-view.js';

/** `/`: every quote, filtered by the URL. */
export function SearchPage({ location }) {
  return html`<div>
    <h1 class="page-title">Quotes</h1>
    <p class="lede">
      Who said what, about which topic, where — search the words, or narrow by topic, speaker, place and date.
    </p>
    <${ResultView}
      location=${location}
      emptyText="No quotes match. Try other words or clear the filters. An empty archive fills as articles are ingested."
    />
  </div>`;
}

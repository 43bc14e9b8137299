import { html } from '../html.js';
import { EMPTY_ARCHIVE } from '../components/empty-archive.js';
import { ResultView } from '../components/result-view.js';
import { hasFilters, readFilters } from '../state/filters.js';

/** `/`: every quote, filtered by the URL. */
export function SearchPage({ location }) {
  // Without a filter, no quote means no article has been loaded yet.
  const unfiltered = !hasFilters(readFilters(location.query));
  return html`<div>
    <h1 class="page-title">Quotes</h1>
    <p class="lede">
      Who said what, about which topic, where — search the words, or narrow by topic, speaker, place and date.
    </p>
    <${ResultView}
      location=${location}
      emptyText=${unfiltered ? EMPTY_ARCHIVE : 'No quotes match. Try other words or clear the filters.'}
    />
  </div>`;
}

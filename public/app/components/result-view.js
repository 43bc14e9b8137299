import { useQuery } from '../api/client.js';
import { RESULT_CHARTS } from '../api/queries.js';
import { BarChart } from '../charts/bar-chart.js';
import { INTERVALS, Timeline } from '../charts/timeline.js';
import { html } from '../html.js';
import { navigate, pathTo, withQuery } from '../router.js';
import { readFilters, toQuoteFilter, toQuoteOrder } from '../state/filters.js';
import { WorldMap } from '../map/world-map.js';
import { plural } from '../util/format.js';
import { searchStems } from '../util/highlight.js';
import { FilterBar } from './filter-bar.js';
import { QuoteList } from './quote-list.js';

/** The address of the CSV of every quote of this result, in the list's order. */
function exportHref(filter, orderBy) {
  const query = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (orderBy) query.set('orderBy', orderBy);
  return `/export/quotes.csv?${query}`;
}

/**
 * A result list with everything around it: filters, a timeline, a map of its places, a CSV export and
 * the quotes. `scope` is what the page itself fixes (e.g. `{ topic: 'military-bases' }`).
 */
export function ResultView({ location, scope = {}, fixed = [], highlightPlace, emptyText }) {
  const filters = readFilters(location.query);
  const filter = toQuoteFilter(filters, scope);
  const orderBy = toQuoteOrder(filters);
  const interval = INTERVALS.find((entry) => entry.value === location.query.get('interval')) ?? INTERVALS[2];
  const charts = useQuery(RESULT_CHARTS, { filter, interval: interval.api });
  const places = charts.data?.quoteLocations ?? [];
  return html`<div class="result-view">
    <${FilterBar} location=${location} filters=${filters} fixed=${fixed} />
    <div class="charts">
      <section class="panel" aria-labelledby="timeline-title">
        <div class="panel-head">
          <h2 id="timeline-title">Quotes over time</h2>
          <label class="inline">
            Per
            <select
              aria-label="Timeline interval"
              value=${interval.value}
              onChange=${(event) => navigate(location.pathname + withQuery(location.query, { interval: event.currentTarget.value === 'month' ? null : event.currentTarget.value }), { replace: true })}
            >
              ${INTERVALS.map((entry) => html`<option value=${entry.value}>${entry.label.toLowerCase()}</option>`)}
            </select>
          </label>
        </div>
        ${
          charts.error
            ? html`<p class="status error" role="alert">
                Could not load the timeline: ${charts.error.message}
              </p>`
            : charts.data
              ? html`<${Timeline}
                  buckets=${charts.data.quoteTimeline}
                  interval=${interval.value}
                  location=${location}
                />`
              : html`<p class="muted">Loading…</p>`
        }
      </section>
      <section class="panel" aria-labelledby="map-title">
        <div class="panel-head"><h2 id="map-title">Places named</h2></div>
        ${charts.data ? html`<${WorldMap} places=${places} highlight=${highlightPlace} />` : html`<p class="muted">Loading…</p>`}
        ${
          places.length
            ? html`<details class="place-list">
                <summary>${plural(places.length, 'place')} as a list</summary>
                <${BarChart}
                  label="Places by quotes naming them"
                  rows=${places.map((place) => ({ label: place.location.name, count: place.quoteCount, href: pathTo('place', place.location.slug) }))}
                />
              </details>`
            : null
        }
      </section>
    </div>
    <div class="list-head">
      <h2>Quotes</h2>
      <a class="button secondary" href=${exportHref(filter, orderBy)} download="quotes.csv">Export CSV</a>
    </div>
    <${QuoteList}
      filter=${filter}
      orderBy=${orderBy}
      stems=${searchStems(filters.q)}
      emptyText=${emptyText}
    />
  </div>`;
}

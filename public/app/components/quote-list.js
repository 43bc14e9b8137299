import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from '../api/client.js';
import { liveArguments, useLiveQuotes } from '../api/live.js';
import { QUOTE_PAGE } from '../api/queries.js';
import { html } from '../html.js';
import { plural } from '../util/format.js';
import { QuoteCard } from './quote-card.js';

/** How many quotes one "Load more" fetches; `?pageSize=` lets a tester choose. */
function pageSize() {
  const asked = Number.parseInt(new URLSearchParams(window.location.search).get('pageSize') ?? '', 10);
  return Math.min(Math.max(asked || 20, 1), 100);
}

/**
 * The quotes matching `filter`, one page at a time ("Load more" appends the next). A new filter
 * starts over and aborts what the old one was still loading.
 */
export function QuoteList({
  filter,
  orderBy,
  stems,
  emptyText = 'No quotes match. Try other words or clear the filters.',
}) {
  const [state, setState] = useState({
    nodes: [],
    totalCount: 0,
    endCursor: null,
    hasNextPage: false,
    loading: true,
    error: null,
  });
  const controller = useRef(null);
  const key = JSON.stringify({ filter, orderBy });

  const load = (after, previous) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setState({ ...previous, loading: true, error: null });
    graphql(QUOTE_PAGE, { first: pageSize(), after, filter, orderBy }, { signal: own.signal }).then(
      ({ quotes }) =>
        setState({
          nodes: [...previous.nodes, ...quotes.nodes],
          totalCount: quotes.totalCount,
          endCursor: quotes.pageInfo.endCursor,
          hasNextPage: quotes.pageInfo.hasNextPage,
          loading: false,
          error: null,
        }),
      (error) => {
        if (error.name !== 'AbortError') setState({ ...previous, loading: false, error });
      },
    );
  };

  useEffect(() => {
    load(null, { nodes: [], totalCount: 0, endCursor: null, hasNextPage: false });
    return () => controller.current?.abort();
  }, [key]);

  // A quote just stored is the newest news: it goes on top, and the count grows with it.
  const live = useLiveQuotes(liveArguments(filter, orderBy), (quote) =>
    setState((previous) =>
      previous.nodes.some((node) => node.id === quote.id)
        ? previous
        : { ...previous, nodes: [quote, ...previous.nodes], totalCount: previous.totalCount + 1 },
    ),
  );

  const status = state.error
    ? `Could not load quotes: ${state.error.message}`
    : state.loading && state.nodes.length === 0
      ? 'Loading quotes…'
      : state.totalCount === 0
        ? emptyText
        : `Showing ${state.nodes.length} of ${plural(state.totalCount, 'quote')}.`;
  return html`<section class="quote-list" aria-label="Quotes">
    <div class="list-status">
      <p class=${`status${state.error ? ' error' : ''}`} role="status" aria-live="polite">${status}</p>
      <${LiveIndicator} state=${live} />
    </div>
    <ol class="results" aria-label="Quotes" aria-busy=${state.loading ? 'true' : 'false'}>
      ${state.nodes.map((quote) => html`<${QuoteCard} key=${quote.id} quote=${quote} stems=${stems} />`)}
    </ol>
    ${
      state.hasNextPage
        ? html`<div class="more">
            <button type="button" disabled=${state.loading} onClick=${() => load(state.endCursor, state)}>
              Load more
            </button>
          </div>`
        : null
    }
  </section>`;
}

const LIVE_LABELS = {
  live: ['Live', 'New quotes that match appear at the top as they are stored.'],
  connecting: ['Connecting…', 'Reconnecting to live updates.'],
  error: ['Live updates failed', 'Reload the page to try again.'],
  off: ['Not live', 'Searches, date ranges and the oldest-first order are not updated live.'],
};

/** Whether new quotes arrive by themselves: a dot and a word, with the reason in its title. */
function LiveIndicator({ state }) {
  const [label, title] = LIVE_LABELS[state];
  return html`<span class="live-indicator" data-state=${state} title=${title}>${label}</span>`;
}

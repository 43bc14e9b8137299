import { useEffect, useState } from 'preact/hooks';
import { graphql, useQuery } from '../api/client.js';
import { FILTER_NAMES, PLACE_SUGGESTIONS, SPEAKER_SUGGESTIONS, TOPICS } from '../api/queries.js';
import { html } from '../html.js';
import { navigate, withQuery } from '../router.js';
import { hasFilters, KINDS, SORTS } from '../state/filters.js';
import { TypeAhead } from './type-ahead.js';

const suggestSpeakers = async (search, signal) => {
  const { speakers } = await graphql(SPEAKER_SUGGESTIONS, { search: search || null }, { signal });
  return speakers.nodes.map((speaker) => ({
    value: speaker.slug,
    label: speaker.name,
    detail: [speaker.role, `${speaker.quoteCount} quotes`].filter(Boolean).join(' · '),
  }));
};

const suggestPlaces = async (search, signal) => {
  const { locations } = await graphql(PLACE_SUGGESTIONS, { search: search || null }, { signal });
  return locations.nodes.map((place) => ({
    value: place.slug,
    label: place.name,
    detail: [place.kind.toLowerCase(), place.parent?.name].filter(Boolean).join(', '),
  }));
};

/**
 * The filters of a result list, read from and written to the URL. Each change is a new history entry,
 * so Back undoes it. `fixed` lists the filters the page itself sets (a speaker page has no speaker field).
 */
export function FilterBar({ location, filters, fixed = [] }) {
  const [search, setSearch] = useState(filters.q);
  useEffect(() => setSearch(filters.q), [filters.q]);
  const topics = useQuery(TOPICS, {});
  const names = useQuery(FILTER_NAMES, {
    speaker: filters.speaker || '-',
    place: filters.place || '-',
    withSpeaker: Boolean(filters.speaker),
    withPlace: Boolean(filters.place),
  });
  const set = (changes) => navigate(location.pathname + withQuery(location.query, changes));
  const show = (key) => !fixed.includes(key);

  return html`<form
    class="filters"
    role="search"
    aria-label="Filter quotes"
    onSubmit=${(event) => {
      event.preventDefault();
      set({ q: search.trim() });
    }}
  >
    <div class="field field-wide">
      <label for="search">Words in the quote</label>
      <input
        id="search"
        type="search"
        name="q"
        placeholder="e.g. bases, “air base”, sanctions -trade"
        autocomplete="off"
        value=${search}
        onInput=${(event) => setSearch(event.currentTarget.value)}
      />
    </div>
    ${
      show('topic')
        ? html`<div class="field">
            <label for="topic">Topic</label>
            <select
              id="topic"
              value=${filters.topic}
              onChange=${(event) => set({ topic: event.currentTarget.value })}
            >
              <option value="">All topics</option>
              ${(topics.data?.topics ?? [])
                .filter((topic) => topic.quoteCount > 0 || topic.slug === filters.topic)
                .map(
                  (topic) => html`<option value=${topic.slug}>${topic.name} (${topic.quoteCount})</option>`,
                )}
            </select>
          </div>`
        : null
    }
    ${
      show('speaker')
        ? html`<${TypeAhead}
            id="speaker"
            label="Speaker"
            placeholder="Any speaker"
            chosenLabel=${filters.speaker ? (names.data?.speaker?.name ?? filters.speaker) : ''}
            suggest=${suggestSpeakers}
            onChoose=${(item) => set({ speaker: item?.value ?? null })}
          />`
        : null
    }
    ${
      show('place')
        ? html`<${TypeAhead}
            id="place"
            label="Place"
            placeholder="Anywhere"
            chosenLabel=${filters.place ? (names.data?.location?.name ?? filters.place) : ''}
            suggest=${suggestPlaces}
            onChoose=${(item) => set({ place: item?.value ?? null })}
          />`
        : null
    }
    <div class="field">
      <label for="from">From</label>
      <input
        id="from"
        type="date"
        value=${filters.from}
        onChange=${(event) => set({ from: event.currentTarget.value })}
      />
    </div>
    <div class="field">
      <label for="to">To</label>
      <input
        id="to"
        type="date"
        value=${filters.to}
        onChange=${(event) => set({ to: event.currentTarget.value })}
      />
    </div>
    <div class="field">
      <label for="kind">Kind</label>
      <select id="kind" value=${filters.kind} onChange=${(event) => set({ kind: event.currentTarget.value })}>
        ${KINDS.map((kind) => html`<option value=${kind.value}>${kind.label}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="sort">Order</label>
      <select id="sort" value=${filters.sort} onChange=${(event) => set({ sort: event.currentTarget.value })}>
        ${SORTS.map((sort) => html`<option value=${sort.value}>${sort.label}</option>`)}
      </select>
    </div>
    <div class="actions">
      <button type="submit">Search</button>
      ${
        hasFilters(filters)
          ? html`<a
              class="button secondary"
              href=${location.pathname + withQuery(location.query, Object.fromEntries(['q', 'topic', 'speaker', 'place', 'from', 'to', 'kind'].map((key) => [key, null])))}
              >Clear filters</a
            >`
          : null
      }
    </div>
  </form>`;
}

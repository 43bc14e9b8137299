import { useQuery } from '../api/client.js';
import { PLACE_PAGE } from '../api/queries.js';
import { PageState } from '../components/page-state.js';
import { ResultView } from '../components/result-view.js';
import { html } from '../html.js';
import { pathTo } from '../router.js';

function parentChain(place) {
  const chain = [];
  for (let parent = place.parent; parent; parent = parent.parent) chain.unshift(parent);
  return chain;
}

const KIND_NAMES = { COUNTRY: 'Country', REGION: 'Region', CITY: 'City', OTHER: 'Place' };

/** `/place/:slug`: quotes naming this place or any place inside it, where it sits, and a map. */
export function PlacePage({ slug, location }) {
  const result = useQuery(PLACE_PAGE, { slug });
  const place = result.stale ? null : result.data?.location;
  if (!place) return html`<${PageState} result=${result} missing=${`No place is called “${slug}”.`} />`;
  const chain = parentChain(place);
  return html`<article class="entity-page">
    <header class="entity-head">
      ${
        chain.length
          ? html`<nav aria-label="Inside" class="breadcrumb">
              <ol>
                ${chain.map((parent) => html`<li><a href=${pathTo('place', parent.slug)}>${parent.name}</a></li>`)}
                <li aria-current="page">${place.name}</li>
              </ol>
            </nav>`
          : null
      }
      <p class="eyebrow">${KIND_NAMES[place.kind] ?? 'Place'}</p>
      <h1 class="page-title">${place.name}</h1>
      <dl class="facts">
        <div>
          <dt>Articles</dt>
          <dd>${place.articles.totalCount}</dd>
        </div>
        ${
          place.latitude != null
            ? html`<div>
                <dt>Coordinates</dt>
                <dd>${place.latitude.toFixed(2)}, ${place.longitude.toFixed(2)}</dd>
              </div>`
            : null
        }
      </dl>
    </header>
    <${ResultView}
      location=${location}
      scope=${{ location: place.slug }}
      fixed=${['place']}
      highlightPlace=${place.slug}
      emptyText="No quote naming this place matches these filters."
    />
  </article>`;
}

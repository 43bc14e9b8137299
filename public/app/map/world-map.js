// An offline world map: Natural Earth countries as TopoJSON (npm `world-atlas`, served by this server),
// projected with d3-geo. No tile server, no network beyond this origin.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { pathTo } from '../router.js';
import { plural } from '../util/format.js';

const WIDTH = 720;
const HEIGHT = 400;
let countries = null;

function loadCountries() {
  countries ??= fetch('/vendor/world-atlas/countries-110m.json')
    .then((response) => {
      if (!response.ok) throw new Error(`map data: ${response.status}`);
      return response.json();
    })
    .then((topology) => feature(topology, topology.objects.countries));
  return countries;
}

/** The area to show: the markers with a margin, never narrower than a country or two. */
function frame(points) {
  if (!points.length) return { type: 'Sphere' };
  const longitudes = points.map((point) => point.longitude);
  const latitudes = points.map((point) => point.latitude);
  const pad = (low, high, least) => {
    const margin = Math.max((high - low) * 0.25, least);
    return [low - margin, high + margin];
  };
  const [west, east] = pad(Math.min(...longitudes), Math.max(...longitudes), 18);
  const [south, north] = pad(Math.min(...latitudes), Math.max(...latitudes), 10);
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, Math.max(south, -85)],
      [east, Math.max(south, -85)],
      [west, Math.min(north, 85)],
      [east, Math.min(north, 85)],
    ],
  };
}

/**
 * Markers for the places of the current result, sized by how many quotes name each; each marker
 * links to its place page. A list below gives the same places to keyboards and screen readers.
 */
export function WorldMap({ places, highlight }) {
  const [shapes, setShapes] = useState(null);
  const [error, setError] = useState(null);
  const [hovered, setHovered] = useState(null);
  useEffect(() => {
    loadCountries().then(setShapes, setError);
  }, []);
  const located = places.filter(
    (place) => place.location.latitude != null && place.location.longitude != null,
  );
  const projection = geoNaturalEarth1().fitExtent(
    [
      [10, 10],
      [WIDTH - 10, HEIGHT - 10],
    ],
    frame(located.map((place) => place.location)),
  );
  const path = geoPath(projection);
  const max = Math.max(...located.map((place) => place.quoteCount), 1);
  // Big markers first, so the small ones stay on top and clickable.
  const markers = [...located].sort((a, b) => b.quoteCount - a.quoteCount);
  return html`<figure class="world-map">
    <svg viewBox=${`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Map of the places these quotes name">
      <path class="sphere" d=${path({ type: 'Sphere' })} />
      ${shapes ? shapes.features.map((country) => html`<path class="country" d=${path(country)} />`) : null}
      ${markers.map((place) => {
        const [x, y] = projection([place.location.longitude, place.location.latitude]);
        const radius = 4 + 14 * Math.sqrt(place.quoteCount / max);
        const label = `${place.location.name}: ${plural(place.quoteCount, 'quote')}`;
        return html`<a
          href=${pathTo('place', place.location.slug)}
          class=${`marker${place.location.slug === highlight ? ' current' : ''}`}
          aria-label=${label}
          data-slug=${place.location.slug}
          onMouseEnter=${() => setHovered(label)}
          onMouseLeave=${() => setHovered(null)}
          onFocus=${() => setHovered(label)}
          onBlur=${() => setHovered(null)}
        >
          <title>${label}</title>
          <circle cx=${x} cy=${y} r=${radius} />
        </a>`;
      })}
    </svg>
    <figcaption aria-live="polite">
      ${
        error
          ? `The map could not be drawn (${error.message}); the places are listed below.`
          : (hovered ??
            (located.length
              ? 'Marker size: quotes naming the place. Choose a marker for its page.'
              : 'No place with coordinates in this result.'))
      }
    </figcaption>
  </figure>`;
}

// The address bar is the state: every page and every filter lives in the URL, so the back button,
// a reload and a shared link all land on the same view. Links are plain <a href>; clicks on them are
// turned into history entries here instead of page loads.
import { useEffect, useState } from 'preact/hooks';

/** The pages, in the order they are tried; `:name` captures one path segment. */
const ROUTES = [
  { name: 'search', pattern: '/' },
  { name: 'speaker', pattern: '/speaker/:slug' },
  { name: 'topic', pattern: '/topic/:slug' },
  { name: 'place', pattern: '/place/:slug' },
  { name: 'article', pattern: '/article/:id' },
  { name: 'quote', pattern: '/quote/:id' },
];

/** Given a path, returns `{ name, params }` of the page it shows, or the not-found page. */
export function matchRoute(pathname) {
  const segments = pathname.split('/').filter(Boolean);
  for (const route of ROUTES) {
    const parts = route.pattern.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params = {};
    const matches = parts.every((part, index) => {
      const segment = segments[index];
      if (part.startsWith(':')) {
        try {
          params[part.slice(1)] = decodeURIComponent(segment);
        } catch {
          return false;
        }
        return true;
      }
      return part === segment;
    });
    if (matches) return { name: route.name, params };
  }
  return { name: 'notFound', params: {} };
}

/** Builds a path from a page name and its parameters, e.g. `pathTo('speaker', 'elena-marchuk')`. */
export function pathTo(name, key) {
  return name === 'search' ? '/' : `/${name}/${encodeURIComponent(key)}`;
}

const listeners = new Set();

function currentLocation() {
  const { pathname, search } = window.location;
  return { pathname, query: new URLSearchParams(search), href: pathname + search };
}

function notify() {
  const location = currentLocation();
  for (const listener of listeners) listener(location);
}

/**
 * Goes to `href` (same origin) without a page load. `replace` rewrites the current entry instead of
 * adding one: typing in a search box should not leave one history entry per letter.
 */
export function navigate(href, { replace = false } = {}) {
  const url = new URL(href, window.location.href);
  const target = url.pathname + url.search + url.hash;
  if (target === window.location.pathname + window.location.search + window.location.hash) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', target);
  notify();
  if (!replace && !url.hash) window.scrollTo(0, 0);
}

/** Given the current query and changes (null or '' removes a key), returns the new `?query`. */
export function withQuery(query, changes) {
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

window.addEventListener('popstate', notify);

// Every same-origin link of the app navigates in place; modified clicks (new tab…) and downloads stay native.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.native !== undefined)
    return;
  // An SVG <a> (a map marker) has an object for `href`: the attribute is the one text both kinds share.
  const url = new URL(anchor.getAttribute('href'), window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/graphql')) return;
  if (url.pathname.startsWith('/export/')) return;
  event.preventDefault();
  navigate(url.href);
});

/** The current location `{ pathname, query, href }`, re-rendering the caller when it changes. */
export function useLocation() {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    listeners.add(setLocation);
    return () => listeners.delete(setLocation);
  }, []);
  return location;
}

import { useEffect, useRef } from 'preact/hooks';
import { EditorSignIn } from '../editorial/editor-sign-in.js';
import { html } from '../html.js';
import { ArticlePage } from '../pages/article-page.js';
import { PlacePage } from '../pages/place-page.js';
import { QuotePage } from '../pages/quote-page.js';
import { SearchPage } from '../pages/search-page.js';
import { SpeakerPage } from '../pages/speaker-page.js';
import { TopicPage } from '../pages/topic-page.js';
import { matchRoute, useLocation } from '../router.js';

function Page({ route, location }) {
  switch (route.name) {
    case 'search':
      return html`<${SearchPage} location=${location} />`;
    case 'speaker':
      return html`<${SpeakerPage} slug=${route.params.slug} location=${location} />`;
    case 'topic':
      return html`<${TopicPage} slug=${route.params.slug} location=${location} />`;
    case 'place':
      return html`<${PlacePage} slug=${route.params.slug} location=${location} />`;
    case 'article':
      return html`<${ArticlePage} id=${route.params.id} />`;
    case 'quote':
      return html`<${QuotePage} id=${route.params.id} />`;
    default:
      return html`<div class="not-found">
        <h1>Not found</h1>
        <p>Nothing lives at this address. <a href="/">Every quote</a></p>
      </div>`;
  }
}

/** The page frame: header, the page of the current URL, footer. A new page moves focus to its content. */
export function App() {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  const main = useRef(null);
  const first = useRef(true);
  useEffect(() => {
    // Screen readers hear nothing when a page changes without a load: focus tells them where they are.
    if (first.current) first.current = false;
    else main.current?.focus({ preventScroll: true });
  }, [location.pathname]);
  return html`<div class="frame">
    <header class="site-header">
      <a class="brand" href="/">Quote Graph</a>
      <p class="tagline">Who said what, about which topic, where.</p>
      <nav aria-label="Site">
        <a href="/" aria-current=${route.name === 'search' ? 'page' : undefined}>Quotes</a>
        <a href="/graphql" data-native>API and Sandbox</a>
      </nav>
      <${EditorSignIn} />
    </header>
    <main id="main" tabindex="-1" ref=${main}>
      <${Page}
        route=${route}
        location=${location}
        key=${route.name + (route.params.slug ?? route.params.id ?? '')}
      />
    </main>
    <footer class="site-footer">
      <p>
        This explorer uses only the public GraphQL API at <code>/graphql</code>; every view has its own
        address to share.
      </p>
    </footer>
  </div>`;
}

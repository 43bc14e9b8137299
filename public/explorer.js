// Quote explorer: a plain ES module that talks only to the public GraphQL API at /graphql.
// JSON POSTs pass the server's CSRF prevention (a JSON content type forces a CORS preflight).

const ENDPOINT = '/graphql';
const params = new URLSearchParams(window.location.search);
// ?pageSize= lets a tester or an embedding page choose how many quotes one "Load more" fetches.
const PAGE_SIZE = Math.min(Math.max(Number.parseInt(params.get('pageSize') ?? '', 10) || 10, 1), 50);

const FILTERS_QUERY = `query ExplorerFilters {
  topics { slug name quoteCount }
  speakers(first: 100) { nodes { slug name quoteCount } }
}`;

const QUOTES_QUERY = `query ExplorerQuotes($first: Int!, $after: String, $filter: QuoteFilter) {
  quotes(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      text
      kind
      startOffset
      endOffset
      speaker { name role }
      article { title url source publishedAt body }
    }
  }
}`;

const form = document.getElementById('search-form');
const searchInput = document.getElementById('search');
const topicSelect = document.getElementById('topic');
const speakerSelect = document.getElementById('speaker');
const statusLine = document.getElementById('status');
const results = document.getElementById('results');
const loadMoreButton = document.getElementById('load-more');

// `search` is the AbortController of the current result list: a new search aborts the old one, so a
// slow answer to an earlier search can never land in (or block) the list of a later one.
const state = {
  filter: {},
  endCursor: null,
  shown: 0,
  totalCount: 0,
  loading: false,
  search: new AbortController(),
};

async function graphql(query, variables, signal) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const payload = await response.json().catch(() => ({}));
  if (payload.errors?.length) throw new Error(payload.errors.map((error) => error.message).join(' '));
  if (!response.ok || !payload.data) throw new Error(`The server answered ${response.status}.`);
  return payload.data;
}

function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function fillSelect(select, items) {
  for (const item of items) {
    select.append(element('option', { value: item.slug, textContent: `${item.name} (${item.quoteCount})` }));
  }
  select.value = params.get(select.name) ?? '';
}

// The quote sits inside its paragraph (or paragraphs, for a quote that runs on): the text around it
// gives the reader the context, the quote itself is marked.
function quoteInContext(body, start, end) {
  const paragraphStart = body.lastIndexOf('\n', start - 1) + 1;
  const newline = body.indexOf('\n', end);
  const paragraphEnd = newline === -1 ? body.length : newline;
  const text = (from, to) => document.createTextNode(body.slice(from, to));
  const mark = element('mark', {}, [text(start, end)]);
  return element('p', { className: 'context' }, [text(paragraphStart, start), mark, text(end, paragraphEnd)]);
}

function formatDate(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

function renderQuote(quote) {
  const { article, speaker } = quote;
  const who = element('span', { className: 'speaker', textContent: speaker?.name ?? 'Unattributed' });
  const role = speaker?.role
    ? [element('span', { className: 'role', textContent: `, ${speaker.role}` })]
    : [];
  const title = article.url
    ? element('a', { href: article.url, textContent: article.title, rel: 'noopener noreferrer' })
    : element('span', { textContent: article.title });
  const meta = [article.source, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  const kind = element('span', {
    className: `kind kind-${quote.kind.toLowerCase()}`,
    textContent: quote.kind === 'DIRECT' ? 'quote' : 'reported',
  });
  return element('li', { className: 'quote' }, [
    element('figure', {}, [
      element('blockquote', { cite: article.url ?? '' }, [
        quoteInContext(article.body, quote.startOffset, quote.endOffset),
      ]),
      element('figcaption', {}, [
        element('p', { className: 'attribution' }, [kind, who, ...role]),
        element('p', { className: 'source' }, [
          title,
          ...(meta ? [element('span', { className: 'meta', textContent: ` — ${meta}` })] : []),
        ]),
      ]),
    ]),
  ]);
}

function showStatus(message, isError = false) {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', isError);
}

function describeCount() {
  if (state.totalCount === 0) return 'No quotes match. Try other words or clear the filters.';
  const noun = state.totalCount === 1 ? 'quote' : 'quotes';
  return `Showing ${state.shown} of ${state.totalCount} ${noun}.`;
}

async function loadPage() {
  if (state.loading) return;
  const { signal } = state.search;
  state.loading = true;
  loadMoreButton.disabled = true;
  results.setAttribute('aria-busy', 'true');
  try {
    const data = await graphql(
      QUOTES_QUERY,
      {
        first: PAGE_SIZE,
        after: state.endCursor,
        filter: state.filter,
      },
      signal,
    );
    if (signal.aborted) return;
    const page = data.quotes;
    results.append(...page.nodes.map(renderQuote));
    state.shown += page.nodes.length;
    state.totalCount = page.totalCount;
    state.endCursor = page.pageInfo.endCursor;
    loadMoreButton.hidden = !page.pageInfo.hasNextPage;
    showStatus(describeCount());
  } catch (error) {
    if (!signal.aborted) showStatus(`Could not load quotes: ${error.message}`, true);
  } finally {
    // An aborted request leaves the page to the search that replaced it.
    if (!signal.aborted) {
      state.loading = false;
      loadMoreButton.disabled = false;
      results.removeAttribute('aria-busy');
    }
  }
}

function readFilter() {
  const filter = {};
  const search = searchInput.value.trim();
  if (search) filter.search = search;
  if (topicSelect.value) filter.topic = topicSelect.value;
  if (speakerSelect.value) filter.speaker = speakerSelect.value;
  return filter;
}

// The address bar keeps the search, so a result list can be bookmarked or shared.
function rememberInUrl() {
  const next = new URLSearchParams();
  if (searchInput.value.trim()) next.set('q', searchInput.value.trim());
  if (topicSelect.value) next.set('topic', topicSelect.value);
  if (speakerSelect.value) next.set('speaker', speakerSelect.value);
  if (params.has('pageSize')) next.set('pageSize', String(PAGE_SIZE));
  const query = next.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

function startSearch() {
  state.search.abort();
  state.search = new AbortController();
  state.loading = false;
  state.filter = readFilter();
  state.endCursor = null;
  state.shown = 0;
  results.replaceChildren();
  loadMoreButton.hidden = true;
  showStatus('Searching…');
  rememberInUrl();
  return loadPage();
}

async function loadFilters() {
  try {
    const data = await graphql(FILTERS_QUERY, {});
    fillSelect(
      topicSelect,
      data.topics.filter((topic) => topic.quoteCount > 0),
    );
    fillSelect(
      speakerSelect,
      data.speakers.nodes.filter((speaker) => speaker.quoteCount > 0),
    );
  } catch (error) {
    showStatus(`Could not load the filters: ${error.message}`, true);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void startSearch();
});
form.addEventListener('reset', () => {
  // The form clears its fields after this event; search once they are empty.
  setTimeout(() => void startSearch(), 0);
});
topicSelect.addEventListener('change', () => void startSearch());
speakerSelect.addEventListener('change', () => void startSearch());
loadMoreButton.addEventListener('click', () => void loadPage());

searchInput.value = params.get('q') ?? '';
await loadFilters();
await startSearch();

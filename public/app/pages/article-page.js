import { useEffect, useState } from 'preact/hooks';
import { graphql } from '../api/client.js';
import { ARTICLE_PAGE } from '../api/queries.js';
import { PageState } from '../components/page-state.js';
import { html } from '../html.js';
import { pathTo } from '../router.js';
import { formatDate, plural } from '../util/format.js';

const PALETTE_SIZE = 8;

/** Every page of an article's quotes (100 at a time): an article page shows all of them in place. */
function useArticle(id) {
  const [result, setResult] = useState({ data: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ data: null, error: null });
    (async () => {
      let after = null;
      let article = null;
      const quotes = [];
      do {
        const data = await graphql(ARTICLE_PAGE, { id, after }, { signal: controller.signal });
        if (!data.article) return setResult({ data: { article: null }, error: null });
        article = data.article;
        quotes.push(...article.quotes.nodes);
        after = article.quotes.pageInfo.hasNextPage ? article.quotes.pageInfo.endCursor : null;
      } while (after);
      setResult({ data: { article: { ...article, quotes } }, error: null });
    })().catch((error) => {
      if (error.name !== 'AbortError') setResult({ data: null, error });
    });
    return () => controller.abort();
  }, [id]);
  return result;
}

/** Splits one paragraph `[from, to)` of the body into text and the quotes inside it (clipped to it). */
function paragraphPieces(body, from, to, quotes) {
  const pieces = [];
  let cursor = from;
  for (const quote of quotes) {
    const start = Math.max(quote.startOffset, cursor);
    const end = Math.min(quote.endOffset, to);
    if (end <= start) continue;
    if (start > cursor) pieces.push({ text: body.slice(cursor, start) });
    pieces.push({ text: body.slice(start, end), quote });
    cursor = end;
  }
  if (cursor < to) pieces.push({ text: body.slice(cursor, to) });
  return pieces;
}

/** `/article/:id`: the full text with every quote marked where it stands, one colour per speaker. */
export function ArticlePage({ id }) {
  const result = useArticle(id);
  const article = result.data?.article;
  if (!article)
    return html`<${PageState} result=${result} missing="No such article: it may have been deleted." />`;
  const quotes = [...article.quotes].sort(
    (a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset,
  );
  const speakers = [];
  for (const quote of quotes) {
    if (quote.speaker && !speakers.some((speaker) => speaker.slug === quote.speaker.slug))
      speakers.push(quote.speaker);
  }
  const colour = (speaker) =>
    speaker ? `sp-${speakers.findIndex((entry) => entry.slug === speaker.slug) % PALETTE_SIZE}` : 'sp-none';
  let offset = 0;
  const paragraphs = article.body.split('\n').map((text) => {
    const from = offset;
    offset += text.length + 1;
    return paragraphPieces(article.body, from, from + text.length, quotes);
  });
  const meta = [article.source, formatDate(article.publishedAt), article.dateline]
    .filter(Boolean)
    .join(' · ');
  return html`<article class="article-page">
    <header class="entity-head">
      <p class="eyebrow">Article</p>
      <h1 class="page-title">${article.title}</h1>
      <p class="lede">
        ${meta}${article.url ? html` · <a href=${article.url} rel="noopener noreferrer" data-native>Original</a>` : null}
      </p>
    </header>
    <section class="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">${plural(quotes.length, 'quote')}, ${plural(speakers.length, 'speaker')}</h2>
      <ul class="speaker-legend">
        ${speakers.map((speaker) => html`<li><span class=${`swatch ${colour(speaker)}`} aria-hidden="true"></span><a href=${pathTo('speaker', speaker.slug)}>${speaker.name}</a>${speaker.role ? html`<span class="muted">, ${speaker.role}</span>` : null}</li>`)}
      </ul>
      ${
        article.topics.length
          ? html`<p>
              Topics:
              ${article.topics.map((topic, index) => html`${index ? ', ' : ''}<a href=${pathTo('topic', topic.slug)}>${topic.name}</a>`)}
            </p>`
          : null
      }
      ${
        article.locations.length
          ? html`<p>
              Places:
              ${article.locations.map((place, index) => html`${index ? ', ' : ''}<a href=${pathTo('place', place.slug)}>${place.name}</a>`)}
            </p>`
          : null
      }
    </section>
    <div class="article-body">
      ${paragraphs.map(
        (pieces) =>
          html`<p>
            ${pieces.map((piece) =>
              piece.quote
                ? html`<a
                    class=${`quote-mark ${colour(piece.quote.speaker)}`}
                    href=${piece.quote.speaker ? pathTo('speaker', piece.quote.speaker.slug) : pathTo('quote', piece.quote.id)}
                    data-quote=${piece.quote.id}
                    title=${piece.quote.speaker ? `${piece.quote.speaker.name} (${piece.quote.kind === 'DIRECT' ? 'quote' : 'reported'})` : 'Unattributed'}
                    aria-label=${`${piece.quote.kind === 'DIRECT' ? 'Quote' : 'Reported'} by ${piece.quote.speaker?.name ?? 'an unnamed source'}: ${piece.text}`}
                    >${piece.text}</a
                  >`
                : piece.text,
            )}
          </p>`,
      )}
    </div>
  </article>`;
}

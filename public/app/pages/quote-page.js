import { useState } from 'preact/hooks';
import { useQuery } from '../api/client.js';
import { QUOTE_DETAIL } from '../api/queries.js';
import { PageState } from '../components/page-state.js';
import { QuoteInContext } from '../components/quote-in-context.js';
import { QuoteEditor } from '../editorial/quote-editor.js';
import { useEditor } from '../editorial/use-editor.js';
import { html } from '../html.js';
import { pathTo } from '../router.js';
import { formatDate, kindLabel } from '../util/format.js';

/** Speaker, words, outlet, date and link: what a reader pastes into a story or a fact-check. */
export function citation(quote) {
  const { article, speaker } = quote;
  const words = quote.kind === 'DIRECT' ? `“${quote.text}”` : `(reported) ${quote.text}`;
  const where = [article.source, formatDate(article.publishedAt), `“${article.title}”`]
    .filter(Boolean)
    .join(', ');
  const link = article.url ?? `${window.location.origin}${pathTo('quote', quote.id)}`;
  return `${speaker?.name ?? 'Unnamed source'}${speaker?.role ? `, ${speaker.role}` : ''}: ${words} — ${where}. ${link}`;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** `/quote/:id`: the permalink of one quote, in its paragraph, with everything it links to. */
export function QuotePage({ id }) {
  const result = useQuery(QUOTE_DETAIL, { id });
  const isEditor = useEditor();
  const [copied, setCopied] = useState('');
  const quote = result.stale ? null : result.data?.quote;
  if (!quote)
    return html`<${PageState}
      result=${result}
      missing="No such quote: its article may have been deleted."
    />`;
  const { article, speaker } = quote;
  const text = citation(quote);
  return html`<article class="quote-page">
    <p class="eyebrow">
      ${kindLabel(quote.kind) === 'quote' ? 'Direct quote' : 'Reported speech'}${quote.cue ? ` · “${quote.cue}”` : ''}
    </p>
    <figure class="quote-feature">
      <blockquote cite=${article.url ?? undefined}>
        <${QuoteInContext} body=${article.body} start=${quote.startOffset} end=${quote.endOffset} />
      </blockquote>
      <figcaption>
        ${
          speaker
            ? html`<a class="speaker" href=${pathTo('speaker', speaker.slug)}>${speaker.name}</a
                >${speaker.role ? html`<span class="role">, ${speaker.role}</span>` : null}`
            : html`<span class="speaker">Unattributed</span>`
        }
        <p class="source">
          <a href=${pathTo('article', article.id)}>${article.title}</a>
          <span class="meta">
            — ${[article.source, formatDate(article.publishedAt)].filter(Boolean).join(' · ')}</span
          >
        </p>
      </figcaption>
    </figure>
    <dl class="facts">
      <div class="wide">
        <dt>Topics</dt>
        <dd>
          ${quote.topics.length ? quote.topics.map((topic, index) => html`${index ? ', ' : ''}<a href=${pathTo('topic', topic.slug)}>${topic.name}</a>`) : 'none'}
        </dd>
      </div>
      <div class="wide">
        <dt>Places</dt>
        <dd>
          ${quote.locations.length ? quote.locations.map((place, index) => html`${index ? ', ' : ''}<a href=${pathTo('place', place.slug)}>${place.name}</a>`) : 'none'}
        </dd>
      </div>
    </dl>
    <section class="panel citation" aria-labelledby="citation-title">
      <h2 id="citation-title">Citation</h2>
      <output id="citation-text" class="citation-text">${text}</output>
      <button
        type="button"
        onClick=${async () => setCopied((await copyText(text)) ? 'Citation copied.' : 'Copying was refused: select the text above and copy it.')}
      >
        Copy citation
      </button>
      <span role="status" aria-live="polite">${copied}</span>
    </section>
    ${isEditor ? html`<${QuoteEditor} quote=${quote} onChanged=${result.reload} />` : null}
  </article>`;
}

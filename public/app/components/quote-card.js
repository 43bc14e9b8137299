import { html } from '../html.js';
import { pathTo } from '../router.js';
import { formatDate, kindLabel } from '../util/format.js';
import { QuoteInContext } from './quote-in-context.js';

/** A quote in a result list: its paragraph, who said it, where and when, and links to each. */
export function QuoteCard({ quote, stems }) {
  const { article, speaker } = quote;
  const meta = [article.source, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  return html`<li class="quote">
    <figure>
      <blockquote cite=${article.url ?? undefined}>
        <${QuoteInContext}
          body=${article.body}
          start=${quote.startOffset}
          end=${quote.endOffset}
          stems=${stems}
        />
      </blockquote>
      <figcaption>
        <p class="attribution">
          <span class=${`kind kind-${quote.kind.toLowerCase()}`}>${kindLabel(quote.kind)}</span>
          ${
            speaker
              ? html`<a class="speaker" href=${pathTo('speaker', speaker.slug)}>${speaker.name}</a>${
                    speaker.role ? html`<span class="role">, ${speaker.role}</span>` : null
                  }`
              : html`<span class="speaker">Unattributed</span>`
          }
        </p>
        <p class="source">
          <a class="article-link" href=${pathTo('article', article.id)}>${article.title}</a>
          ${meta ? html`<span class="meta"> — ${meta}</span>` : null}
          <a
            class="permalink"
            href=${pathTo('quote', quote.id)}
            aria-label=${`Permalink: quote by ${speaker?.name ?? 'an unnamed source'}`}
            >Permalink</a
          >
        </p>
      </figcaption>
    </figure>
  </li>`;
}

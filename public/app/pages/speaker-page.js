import { useEffect } from 'preact/hooks';
import { useQuery } from '../api/client.js';
import { SPEAKER_PAGE } from '../api/queries.js';
import { BarChart } from '../charts/bar-chart.js';
import { PageState } from '../components/page-state.js';
import { ResultView } from '../components/result-view.js';
import { SpeakerEditor } from '../editorial/speaker-editor.js';
import { useEditor } from '../editorial/use-editor.js';
import { html } from '../html.js';
import { navigate, pathTo } from '../router.js';

/** `/speaker/:slug`: who they are, what they talk about, where, and their quotes newest first. */
export function SpeakerPage({ slug, location }) {
  const result = useQuery(SPEAKER_PAGE, { slug });
  const isEditor = useEditor();
  const speaker = result.stale ? null : result.data?.speaker;
  // A merged or renamed speaker's old slug answers with the speaker it now belongs to: show that address.
  useEffect(() => {
    if (speaker && speaker.slug !== slug)
      navigate(pathTo('speaker', speaker.slug) + location.query.toString().replace(/^(?=.)/, '?'), {
        replace: true,
      });
  }, [speaker?.slug, slug]);
  if (!speaker) return html`<${PageState} result=${result} missing=${`No speaker is called “${slug}”.`} />`;
  return html`<article class="entity-page">
    <header class="entity-head">
      <p class="eyebrow">${speaker.isOrganization ? 'Organisation' : 'Speaker'}</p>
      <h1 class="page-title">${speaker.name}</h1>
      ${speaker.role ? html`<p class="lede">${speaker.role}</p>` : null}
      <dl class="facts">
        <div>
          <dt>Quotes</dt>
          <dd>${speaker.quoteCount}</dd>
        </div>
        <div>
          <dt>Articles</dt>
          <dd>${speaker.articles.totalCount}</dd>
        </div>
        ${
          speaker.aliases.length
            ? html`<div class="wide">
                <dt>Also called</dt>
                <dd>${speaker.aliases.join(', ')}</dd>
              </div>`
            : null
        }
      </dl>
    </header>
    <section class="panel" aria-labelledby="speaker-topics">
      <h2 id="speaker-topics">Topics they speak about</h2>
      <${BarChart}
        label="Topics by number of quotes"
        rows=${speaker.topTopics.map((entry) => ({ label: entry.topic.name, count: entry.quoteCount, href: pathTo('topic', entry.topic.slug) }))}
      />
    </section>
    ${isEditor ? html`<${SpeakerEditor} speaker=${speaker} onChanged=${result.reload} />` : null}
    <${ResultView}
      location=${location}
      scope=${{ speaker: speaker.slug }}
      fixed=${['speaker']}
      emptyText=${`No quote by ${speaker.name} matches these filters.`}
    />
  </article>`;
}

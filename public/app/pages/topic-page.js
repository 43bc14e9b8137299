import { useQuery } from '../api/client.js';
import { TOPIC_PAGE } from '../api/queries.js';
import { BarChart } from '../charts/bar-chart.js';
import { PageState } from '../components/page-state.js';
import { ResultView } from '../components/result-view.js';
import { TopicEditor } from '../editorial/topic-editor.js';
import { useEditor } from '../editorial/use-editor.js';
import { html } from '../html.js';
import { pathTo } from '../router.js';

/** `/topic/:slug`: its quotes over time and on the map, and who is quoted on it most. */
export function TopicPage({ slug, location }) {
  const result = useQuery(TOPIC_PAGE, { slug });
  const isEditor = useEditor();
  const topic = result.stale ? null : result.data?.topic;
  if (!topic) return html`<${PageState} result=${result} missing=${`No topic is called “${slug}”.`} />`;
  return html`<article class="entity-page">
    <header class="entity-head">
      <p class="eyebrow">Topic</p>
      <h1 class="page-title">${topic.name}</h1>
      ${topic.description ? html`<p class="lede">${topic.description}</p>` : null}
      <dl class="facts">
        <div>
          <dt>Quotes</dt>
          <dd>${topic.quoteCount}</dd>
        </div>
        <div>
          <dt>Articles</dt>
          <dd>${topic.articles.totalCount}</dd>
        </div>
        <div class="wide">
          <dt>Keywords</dt>
          <dd>${topic.keywords.join(', ')}</dd>
        </div>
      </dl>
    </header>
    <section class="panel" aria-labelledby="topic-speakers">
      <h2 id="topic-speakers">Most quoted on this topic</h2>
      <${BarChart}
        label="Speakers by number of quotes on this topic"
        rows=${topic.topSpeakers.map((entry) => ({ label: entry.speaker.name, count: entry.quoteCount, href: pathTo('speaker', entry.speaker.slug) }))}
      />
    </section>
    ${isEditor ? html`<${TopicEditor} topic=${topic} onChanged=${result.reload} />` : null}
    <${ResultView}
      location=${location}
      scope=${{ topic: topic.slug }}
      fixed=${['topic']}
      emptyText="No quote on this topic matches these filters."
    />
  </article>`;
}

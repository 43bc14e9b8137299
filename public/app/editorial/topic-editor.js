import { useState } from 'preact/hooks';
import { DELETE_TOPIC, UPDATE_TOPIC } from '../api/queries.js';
import { html } from '../html.js';
import { navigate } from '../router.js';
import { EditLog } from './edit-log.js';
import { MutationStatus, useMutation } from './mutation-form.js';

const words = (text) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

/** Editorial fixes on a topic page: name, description and keywords (stored quotes are re-tagged), or delete. */
export function TopicEditor({ topic, onChanged }) {
  const [run, status] = useMutation();
  const [name, setName] = useState(topic.name);
  const [description, setDescription] = useState(topic.description ?? '');
  const [keywords, setKeywords] = useState(topic.keywords.join(', '));
  const [weak, setWeak] = useState(topic.weakKeywords.join(', '));
  return html`<section class="panel editor" aria-labelledby="topic-editor-title">
    <h2 id="topic-editor-title">Editorial fixes</h2>
    <form
      class="editor-form"
      aria-label="Edit topic"
      onSubmit=${async (event) => {
        event.preventDefault();
        const input = {
          name: name.trim(),
          description: description.trim() || null,
          keywords: words(keywords),
          weakKeywords: words(weak),
        };
        if (
          await run(UPDATE_TOPIC, { slug: topic.slug, input }, 'Topic saved; its quotes were tagged again.')
        )
          onChanged();
      }}
    >
      <div class="field">
        <label for="topic-name">Name</label
        ><input
          id="topic-name"
          value=${name}
          required
          onInput=${(event) => setName(event.currentTarget.value)}
        />
      </div>
      <div class="field field-wide">
        <label for="topic-description">Description</label
        ><input
          id="topic-description"
          value=${description}
          onInput=${(event) => setDescription(event.currentTarget.value)}
        />
      </div>
      <div class="field field-wide">
        <label for="topic-keywords">Keywords (comma-separated)</label
        ><input
          id="topic-keywords"
          value=${keywords}
          required
          onInput=${(event) => setKeywords(event.currentTarget.value)}
        />
      </div>
      <div class="field field-wide">
        <label for="topic-weak">Weak keywords</label
        ><input id="topic-weak" value=${weak} onInput=${(event) => setWeak(event.currentTarget.value)} />
      </div>
      <button type="submit" disabled=${status.busy}>Save topic</button>
    </form>
    <button
      type="button"
      class="danger"
      disabled=${status.busy}
      onClick=${async () => {
        if (!window.confirm(`Delete the topic “${topic.name}”? Its quotes stay; only the tag goes.`)) return;
        if (await run(DELETE_TOPIC, { slug: topic.slug }, 'Topic deleted.')) navigate('/');
      }}
    >
      Delete topic
    </button>
    <${MutationStatus} status=${status} />
    <${EditLog} key=${status.message} />
  </section>`;
}

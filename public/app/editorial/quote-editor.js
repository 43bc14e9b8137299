import { useState } from 'preact/hooks';
import { SET_QUOTE_SPEAKER } from '../api/queries.js';
import { TypeAhead } from '../components/type-ahead.js';
import { html } from '../html.js';
import { EditLog } from './edit-log.js';
import { MutationStatus, useMutation } from './mutation-form.js';
import { speakerSuggester } from './speaker-suggest.js';

/** Editorial fix on a quote page: attribute the quote to another (existing) speaker. */
export function QuoteEditor({ quote, onChanged }) {
  const [run, status] = useMutation();
  const [speaker, setSpeaker] = useState(null);
  return html`<section class="panel editor" aria-labelledby="quote-editor-title">
    <h2 id="quote-editor-title">Editorial fixes</h2>
    <form
      class="editor-form"
      aria-label="Change the speaker"
      onSubmit=${async (event) => {
        event.preventDefault();
        if (!speaker) return;
        const data = await run(
          SET_QUOTE_SPEAKER,
          { quote: quote.id, speaker: speaker.value },
          `Now attributed to ${speaker.label}.`,
        );
        if (data) {
          setSpeaker(null);
          onChanged();
        }
      }}
    >
      <${TypeAhead}
        id="quote-speaker"
        label="Said by"
        placeholder="Find the right speaker"
        chosenLabel=${speaker?.label ?? ''}
        suggest=${speakerSuggester(quote.speaker?.slug)}
        onChoose=${setSpeaker}
      />
      <button type="submit" disabled=${status.busy || !speaker}>Change speaker</button>
    </form>
    <${MutationStatus} status=${status} />
    <${EditLog} key=${status.message} />
  </section>`;
}

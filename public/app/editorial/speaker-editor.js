import { useState } from 'preact/hooks';
import { MERGE_SPEAKERS, RENAME_SPEAKER } from '../api/queries.js';
import { TypeAhead } from '../components/type-ahead.js';
import { html } from '../html.js';
import { navigate, pathTo } from '../router.js';
import { EditLog } from './edit-log.js';
import { MutationStatus, useMutation } from './mutation-form.js';
import { speakerSuggester } from './speaker-suggest.js';

/** Editorial fixes on a speaker page: rename (name, role), and merge a duplicate into this speaker. */
export function SpeakerEditor({ speaker, onChanged }) {
  const [run, status] = useMutation();
  const [name, setName] = useState(speaker.name);
  const [role, setRole] = useState(speaker.role ?? '');
  const [duplicate, setDuplicate] = useState(null);
  const suggest = speakerSuggester(speaker.slug);
  return html`<section class="panel editor" aria-labelledby="speaker-editor-title">
    <h2 id="speaker-editor-title">Editorial fixes</h2>
    <form
      class="editor-form"
      aria-label="Rename speaker"
      onSubmit=${async (event) => {
        event.preventDefault();
        const data = await run(
          RENAME_SPEAKER,
          { speaker: speaker.slug, name: name.trim(), role: role.trim() || null },
          'Speaker renamed.',
        );
        if (data) {
          if (data.renameSpeaker.slug !== speaker.slug)
            navigate(pathTo('speaker', data.renameSpeaker.slug), { replace: true });
          else onChanged();
        }
      }}
    >
      <div class="field">
        <label for="rename-name">Name</label
        ><input
          id="rename-name"
          value=${name}
          required
          onInput=${(event) => setName(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="rename-role">Role</label
        ><input id="rename-role" value=${role} onInput=${(event) => setRole(event.currentTarget.value)} />
      </div>
      <button type="submit" disabled=${status.busy}>Rename</button>
    </form>
    <form
      class="editor-form"
      aria-label="Merge speakers"
      onSubmit=${async (event) => {
        event.preventDefault();
        if (!duplicate) return;
        const data = await run(
          MERGE_SPEAKERS,
          { into: speaker.slug, from: duplicate.value },
          `${duplicate.label} merged into ${speaker.name}: their quotes and names moved here.`,
        );
        if (data) {
          setDuplicate(null);
          onChanged();
        }
      }}
    >
      <${TypeAhead}
        id="merge-from"
        label="Same person as"
        placeholder="Find the duplicate speaker"
        chosenLabel=${duplicate?.label ?? ''}
        suggest=${suggest}
        onChoose=${setDuplicate}
      />
      <button type="submit" disabled=${status.busy || !duplicate}>Merge into ${speaker.name}</button>
    </form>
    <${MutationStatus} status=${status} />
    <${EditLog} key=${status.message} />
  </section>`;
}

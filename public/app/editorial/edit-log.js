import { useQuery } from '../api/client.js';
import { EDIT_LOG } from '../api/queries.js';
import { html } from '../html.js';
import { formatDate } from '../util/format.js';

/** The latest editorial fixes (the audit log), so an editor sees what was changed before them. */
export function EditLog() {
  const log = useQuery(EDIT_LOG, {});
  const edits = log.data?.editorialEdits.nodes ?? [];
  return html`<details class="edit-log">
    <summary>Recent editorial fixes</summary>
    ${
      edits.length
        ? html`<ol>
            ${edits.map(
              (edit) =>
                html`<li>
                  <span class="muted">${formatDate(edit.createdAt)} · ${edit.editor}:</span> ${edit.summary}
                </li>`,
            )}
          </ol>`
        : html`<p class="muted">No fixes yet.</p>`
    }
  </details>`;
}

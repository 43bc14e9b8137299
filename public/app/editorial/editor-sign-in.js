import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { forgetToken, saveToken } from './token.js';
import { useEditor } from './use-editor.js';

/**
 * The header's editor control: paste the API token once; it is kept for this tab only and sent with
 * editorial changes. Nothing is checked here: the server refuses a wrong token on the first change.
 */
export function EditorSignIn() {
  const isEditor = useEditor();
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState('');
  const [name, setName] = useState('');
  if (isEditor) {
    return html`<div class="editor-sign-in">
      <span class="badge">Editing on</span>
      <button type="button" class="link-button" onClick=${() => forgetToken()}>Stop editing</button>
    </div>`;
  }
  if (!open) {
    return html`<div class="editor-sign-in">
      <button type="button" class="link-button" aria-expanded="false" onClick=${() => setOpen(true)}>
        Editor sign-in
      </button>
    </div>`;
  }
  return html`<form
    class="editor-sign-in open"
    aria-label="Editor sign-in"
    onSubmit=${(event) => {
      event.preventDefault();
      if (!token.trim()) return;
      saveToken(token.trim(), name.trim());
      setToken('');
      setOpen(false);
    }}
  >
    <label for="api-token">API token</label>
    <input
      id="api-token"
      type="password"
      autocomplete="off"
      value=${token}
      onInput=${(event) => setToken(event.currentTarget.value)}
    />
    <label for="editor-name">Your name (for the edit log)</label>
    <input
      id="editor-name"
      type="text"
      autocomplete="name"
      maxlength="80"
      value=${name}
      onInput=${(event) => setName(event.currentTarget.value)}
    />
    <button type="submit">Use for this tab</button>
    <button type="button" class="secondary" onClick=${() => setOpen(false)}>Cancel</button>
    <p class="hint">Kept in this tab only (session storage); closing the tab forgets it.</p>
  </form>`;
}

// The editor's API token lives in this tab only (sessionStorage): closing the tab forgets it, and it
// is never written into the page, a URL or a cookie.
const KEY = 'quote-graph.api-token';
const NAME_KEY = 'quote-graph.editor-name';
const listeners = new Set();

export function readToken() {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The name the editor gave for the audit log, or null. */
export function readEditorName() {
  try {
    return window.sessionStorage.getItem(NAME_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token, name = '') {
  window.sessionStorage.setItem(KEY, token);
  if (name) window.sessionStorage.setItem(NAME_KEY, name);
  else window.sessionStorage.removeItem(NAME_KEY);
  for (const listener of listeners) listener(token);
}

export function forgetToken() {
  window.sessionStorage.removeItem(KEY);
  window.sessionStorage.removeItem(NAME_KEY);
  for (const listener of listeners) listener(null);
}

/** Calls `listener(token)` when the token is saved or forgotten; returns the unsubscribe function. */
export function onTokenChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

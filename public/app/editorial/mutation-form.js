import { useState } from 'preact/hooks';
import { graphql } from '../api/client.js';
import { html } from '../html.js';

/**
 * Runs an editorial mutation with the tab's token and reports the outcome in a live region.
 * Returns `[run, status]`: `run(query, variables)` resolves to the data or null on failure.
 */
export function useMutation() {
  const [status, setStatus] = useState({ busy: false, message: '', error: false });
  const run = async (query, variables, success) => {
    setStatus({ busy: true, message: 'Saving…', error: false });
    try {
      const data = await graphql(query, variables, { authorize: true });
      setStatus({ busy: false, message: success, error: false });
      return data;
    } catch (error) {
      const message =
        error.code === 'UNAUTHENTICATED'
          ? 'The token was refused: sign in again with the API token.'
          : error.message;
      setStatus({ busy: false, message, error: true });
      return null;
    }
  };
  return [run, status];
}

export function MutationStatus({ status }) {
  return html`<p class=${`status${status.error ? ' error' : ''}`} role="status" aria-live="polite">
    ${status.message}
  </p>`;
}

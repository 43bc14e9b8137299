// The only door to the server: JSON POSTs to /graphql. A JSON content type forces a CORS preflight,
// which is what the server's CSRF prevention asks of browsers.
import { useEffect, useState } from 'preact/hooks';
import { readEditorName, readToken } from '../editorial/token.js';

const ENDPOINT = '/graphql';

/** An answer with `errors`: the messages joined, and the first error's `extensions.code`. */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/**
 * Sends one operation and returns its `data`, or throws an ApiError with the server's messages.
 * `authorize` adds the editor token pasted in this tab (mutations need it).
 */
export async function graphql(query, variables = {}, { signal, authorize = false } = {}) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const token = authorize ? readToken() : null;
  if (token) headers.authorization = `Bearer ${token}`;
  const name = authorize ? readEditorName() : null;
  if (name) headers['x-editor'] = name;
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      signal,
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError('The server cannot be reached. Check the connection and try again.', 'NETWORK');
  }
  const payload = await response.json().catch(() => ({}));
  if (payload.errors?.length) {
    throw new ApiError(
      payload.errors.map((error) => error.message).join(' '),
      payload.errors[0].extensions?.code,
    );
  }
  if (!response.ok || !payload.data) throw new ApiError(`The server answered ${response.status}.`, 'HTTP');
  return payload.data;
}

/**
 * Runs a query whenever `variables` change (compared as JSON) and returns `{ data, error, loading }`;
 * an answer to an older request never overwrites a newer one. `skip` waits without asking.
 */
export function useQuery(query, variables, { skip = false } = {}) {
  const key = JSON.stringify(variables ?? {});
  const [state, setState] = useState({ data: null, error: null, loading: !skip, key: null });
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    graphql(query, JSON.parse(key), { signal: controller.signal }).then(
      (data) => setState({ data, error: null, loading: false, key }),
      (error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false, key });
      },
    );
    return () => controller.abort();
  }, [query, key, skip, reloads]);
  // Data of other variables is kept while the new answer loads, so the page does not flash empty.
  return { ...state, stale: state.key !== key, reload: () => setReloads((count) => count + 1) };
}

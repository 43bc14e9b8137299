import { useEffect, useState } from 'preact/hooks';
import { onTokenChange, readToken } from './token.js';

/** True while this tab holds an editor token; re-renders the caller when it is saved or forgotten. */
export function useEditor() {
  const [token, setToken] = useState(readToken);
  useEffect(() => onTokenChange(setToken), []);
  return Boolean(token);
}

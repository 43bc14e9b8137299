// New quotes as they are stored: one WebSocket per tab (graphql-ws's own browser client, served
// from node_modules), opened on the first subscription and shared by every list on the page.
import { createClient } from 'graphql-ws';
import { useEffect, useState } from 'preact/hooks';
import { LIVE_QUOTES } from './queries.js';

let client = null;
let connected = false;

function sharedClient() {
  if (client) return client;
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  // Retries follow graphql-ws's own backoff: a server restart or a deploy is ridden out.
  client = createClient({ url: url.href, lazy: true, retryAttempts: Infinity });
  client.on('connected', () => (connected = true));
  client.on('closed', () => (connected = false));
  return client;
}

/** The orders whose top is where a quote just stored belongs: newest published, and recently added. */
const LIVE_ORDERS = [null, 'RECENTLY_ADDED'];

/**
 * Given a list's QuoteFilter and order, returns the arguments of a `quoteAdded` subscription that
 * sees exactly the quotes the list would gain, or null when no subscription can (a search or a date
 * range is not matched live, and the oldest-first list has no place for news at its top).
 */
export function liveArguments(filter, orderBy) {
  if (!LIVE_ORDERS.includes(orderBy ?? null)) return null;
  const { topic, speaker, location, kind, ...rest } = filter;
  if (Object.keys(rest).length > 0) return null;
  return { topic: topic ?? null, speaker: speaker ?? null, location: location ?? null, kind: kind ?? null };
}

/**
 * Given the subscription's arguments (null: none) and what to do with each new quote, subscribes
 * while the component is shown and returns the state: 'off', 'connecting', 'live' or 'error'.
 */
export function useLiveQuotes(args, onQuote) {
  const key = JSON.stringify(args);
  const [state, setState] = useState(args ? 'connecting' : 'off');
  useEffect(() => {
    if (!args) {
      setState('off');
      return undefined;
    }
    const { kind, ...variables } = args;
    const live = sharedClient();
    setState(connected ? 'live' : 'connecting');
    const offConnected = live.on('connected', () => setState('live'));
    const offClosed = live.on('closed', () => setState('connecting'));
    const stop = live.subscribe(
      { query: LIVE_QUOTES, variables },
      {
        next: ({ data }) => {
          // The kind of speech is not a subscription argument: it is checked here, on the quote itself.
          if (data && (!kind || data.quoteAdded.kind === kind)) onQuote(data.quoteAdded);
        },
        error: () => setState('error'),
        complete: () => undefined,
      },
    );
    return () => {
      stop();
      offConnected();
      offClosed();
    };
  }, [key]);
  return state;
}

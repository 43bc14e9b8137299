import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** One subscription as a test sees it: what arrived so far, its error, and how to end it. */
export interface LiveSubscription<TData> {
  readonly events: TData[];
  /** The errors the server ended the subscription with, when it did. */
  readonly errors: Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>;
  /** Resolves once `count` events have arrived; rejects after `timeoutMs`. */
  received(count: number, timeoutMs?: number): Promise<TData[]>;
  stop(): void;
}

/** Given a `/graphql` HTTP URL, returns a graphql-ws client of the same endpoint over `ws://`. */
export function liveClient(httpUrl: string, options: { headers?: Record<string, string> } = {}): Client {
  const { headers } = options;
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    retryAttempts: 0,
    lazy: true,
    webSocketImpl: headers
      ? class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        }
      : WebSocket,
  });
}

/** Given a client, an operation and its variables, starts a subscription that collects its events. */
export function subscribe<TData>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<TData> {
  const events: TData[] = [];
  const waiters: (() => void)[] = [];
  let failed: (errors: readonly { message: string }[]) => void = () => undefined;
  const errors = new Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>(
    (resolve) => (failed = resolve),
  );
  const stop = client.subscribe<TData>(
    { query, variables },
    {
      next: (result: ExecutionResult<TData>) => {
        if (result.errors) failed(result.errors);
        if (result.data) events.push(result.data);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error: unknown) =>
        failed(
          Array.isArray(error)
            ? error
            : [{ message: error instanceof Error ? error.message : String(error) }],
        ),
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    stop,
    received: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${events.length} of ${count} events arrived in ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          if (events.length >= count) {
            clearTimeout(timer);
            resolve(events.slice(0, count));
          } else waiters.push(check);
        };
        check();
      }),
  };
}

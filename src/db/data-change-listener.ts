import { Client } from 'pg';

/** The channel the `notify_data_changed` triggers send on (migration 1764347000001-DataChangedNotify). */
export const DATA_CHANGED_CHANNEL = 'data_changed';

/** Wait before reconnecting after the listening connection is lost. */
const RECONNECT_MS = 2_000;

/** What the listener reports. */
export interface DataChangeHandlers {
  /** A write committed somewhere, or changes may have been missed (the connection was lost or regained). */
  onChange(): void;
  /** Whether changes are being heard right now. */
  onListening(listening: boolean): void;
  onError(error: unknown): void;
}

/** A running listener, and how to stop it. */
export interface DataChangeListener {
  close(): Promise<void>;
}

/**
 * Given the primary's URL, holds one connection that LISTENs on `data_changed` and calls
 * `onChange` for each notification, and for each loss or regain of the connection (notifications
 * sent meanwhile are lost, so the data must be taken as changed); reconnects every 2 s until
 * closed. Resolves once listening, or after the first failed attempt (it keeps retrying).
 *
 * Its own connection, not one of the pool: a LISTEN holds a session for the process's lifetime.
 * The live-subscriptions work brings a shared listener (src/db/notification-listener.ts);
 * `subscribe('data_changed', …)` on it can take this module's place.
 */
export async function listenForDataChanges(
  url: string,
  handlers: DataChangeHandlers,
): Promise<DataChangeListener> {
  let client: Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (source: Client, error: unknown) => {
    // 'error' and 'end' both come for one loss: only the first, for the current client, counts.
    if (closed || client !== source) return;
    handlers.onListening(false);
    handlers.onChange();
    handlers.onError(error);
    client?.removeAllListeners();
    void client?.end().catch(() => undefined);
    client = null;
    retry = setTimeout(() => void connect(), RECONNECT_MS);
    retry.unref();
  };

  const connect = async (): Promise<void> => {
    const next = new Client({ connectionString: url, application_name: 'quote-graph-listener' });
    client = next;
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('the listening connection ended')));
    next.on('notification', () => handlers.onChange());
    try {
      await next.connect();
      await next.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
      if (closed) return;
      handlers.onChange();
      handlers.onListening(true);
    } catch (error) {
      lost(next, error);
    }
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      last?.removeAllListeners();
      await last?.end().catch(() => undefined);
    },
  };
}

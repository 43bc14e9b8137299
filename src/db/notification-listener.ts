import { Client } from 'pg';
import type { Logger } from 'pino';

/** Receives one notification's payload (the text given to `pg_notify`). */
export type NotificationHandler = (payload: string) => void;

/** Hears whether the LISTEN connection is up. */
export type ConnectionStateHandler = (connected: boolean) => void;

/** One process's LISTEN connection, shared by every feature that waits for a channel. */
export interface NotificationListener {
  /**
   * Given a channel and a handler, resolves once the channel is listened to (at once when it
   * already was) and returns the function that stops this handler.
   */
  subscribe(channel: string, handler: NotificationHandler): Promise<() => void>;
  /** Whether notifications are being heard right now (false before the first subscribe and while reconnecting). */
  readonly connected: boolean;
  /**
   * Given a handler, calls it with false each time the connection is lost and with true each time it
   * is up (every channel subscribed before then listened to again); returns the function that stops
   * it. Notifications sent in between are lost, so a feature that keeps state derived from them must
   * distrust it meanwhile. A channel's own subscribe resolving is what says that channel is heard.
   */
  onConnectionChange(handler: ConnectionStateHandler): () => void;
  /** Ends the connection and any reconnecting; handlers hear nothing more. */
  close(): Promise<void>;
}

/** What the listener needs. */
export interface NotificationListenerOptions {
  /** The primary's URL: notifications are never sent on a standby, so LISTEN must go there. */
  url: string;
  logger: Logger;
  /** The first wait before reconnecting after a lost connection; it doubles up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

/** Channels are SQL identifiers written into LISTEN; anything else is a programming error. */
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Given the primary's URL, returns a listener holding one dedicated connection (outside the pool,
 * so a busy pool never delays a notification and LISTEN never sits on a pooled session). It
 * connects on the first subscribe; when the connection drops it reconnects with doubling backoff
 * and listens to every channel again. Notifications sent while it was away are lost, and logged so.
 */
export function createNotificationListener(options: NotificationListenerOptions): NotificationListener {
  const initialBackoffMs = options.initialBackoffMs ?? 100;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const handlers = new Map<string, Set<NotificationHandler>>();
  const stateHandlers = new Set<ConnectionStateHandler>();
  let client: Client | null = null;
  let connecting: Promise<Client> | null = null;
  let closed = false;
  let backoffMs = initialBackoffMs;
  let retry: NodeJS.Timeout | null = null;

  const deliver = (channel: string, payload: string | undefined) => {
    for (const handler of handlers.get(channel) ?? []) {
      try {
        handler(payload ?? '');
      } catch (error) {
        options.logger.error({ err: error, channel }, 'a notification handler failed');
      }
    }
  };

  const announce = (connected: boolean) => {
    for (const handler of stateHandlers) {
      try {
        handler(connected);
      } catch (error) {
        options.logger.error({ err: error }, 'a connection state handler failed');
      }
    }
  };

  const scheduleReconnect = () => {
    if (closed || retry) return;
    options.logger.warn(
      { retryInMs: backoffMs },
      'LISTEN connection lost; notifications until it is back are missed',
    );
    retry = setTimeout(() => {
      retry = null;
      connect().catch(() => scheduleReconnect());
    }, backoffMs);
    backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
  };

  const connect = (): Promise<Client> => {
    connecting ??= (async () => {
      const fresh = new Client({
        connectionString: options.url,
        keepAlive: true,
        application_name: 'quote-graph-listen',
      });
      fresh.on('notification', (message) => deliver(message.channel, message.payload));
      // An 'error' without a listener would crash the process; a lost connection is retried instead.
      fresh.on('error', (error) => options.logger.warn({ err: error }, 'LISTEN connection failed'));
      fresh.on('end', () => {
        if (client === fresh) {
          client = null;
          announce(false);
        }
        scheduleReconnect();
      });
      try {
        await fresh.connect();
        for (const channel of handlers.keys()) await fresh.query(`LISTEN ${channel}`);
      } catch (error) {
        await fresh.end().catch(() => undefined);
        throw error;
      }
      if (closed) {
        await fresh.end();
        throw new Error('the notification listener is closed');
      }
      client = fresh;
      backoffMs = initialBackoffMs;
      announce(true);
      return fresh;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };

  return {
    async subscribe(channel, handler) {
      if (!CHANNEL.test(channel)) throw new Error(`not a channel name: ${channel}`);
      if (closed) throw new Error('the notification listener is closed');
      const known = handlers.get(channel);
      if (known) known.add(handler);
      else {
        handlers.set(channel, new Set([handler]));
        const open = client ?? (await connect());
        // Postgres ignores a repeated LISTEN: a connection that came up meanwhile may have sent it already.
        await open.query(`LISTEN ${channel}`);
      }
      return () => {
        handlers.get(channel)?.delete(handler);
      };
    },
    get connected() {
      return client !== null;
    },
    onConnectionChange(handler) {
      stateHandlers.add(handler);
      return () => {
        stateHandlers.delete(handler);
      };
    },
    async close() {
      closed = true;
      stateHandlers.clear();
      if (retry) clearTimeout(retry);
      await connecting?.catch(() => undefined);
      const open = client;
      client = null;
      await open?.end();
    },
  };
}

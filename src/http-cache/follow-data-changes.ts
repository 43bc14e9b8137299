import type { Logger } from 'pino';
import type { NotificationListener } from '../db/notification-listener';
import type { SharedGeneration } from './shared-generation';

/** The channel the `notify_data_changed` triggers send on (migration 1764347000001-DataChangedNotify). */
const DATA_CHANGED_CHANNEL = 'data_changed';

/**
 * Given the process's notification listener and the cache's generation, bumps the generation on
 * every `data_changed` notification and keeps it unknown while the listener's connection is down;
 * resolves once the channel is heard, with the function that stops following.
 *
 * The process's one LISTEN connection (shared with live updates) rather than one of its own: a
 * LISTEN holds a primary session for the process's lifetime.
 */
export async function followDataChanges(
  listener: NotificationListener,
  generation: SharedGeneration,
  logger: Logger,
): Promise<() => void> {
  // Trusted only once this channel's LISTEN is done: the connection may be up before it is.
  let subscribed = false;
  const stopState = listener.onConnectionChange((connected) => {
    if (!connected) logger.warn('not hearing data changes; ETags are recomputed until it reconnects');
    generation.setListening(subscribed && connected);
  });
  const unsubscribe = await listener.subscribe(DATA_CHANGED_CHANNEL, generation.bump);
  subscribed = true;
  generation.setListening(listener.connected);
  return () => {
    stopState();
    unsubscribe();
    generation.setListening(false);
  };
}

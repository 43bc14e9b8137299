import { setMaxListeners } from 'node:events';

/**
 * An EventTarget that counts the listeners of each event type. The PubSub subscribes one listener per
 * subscription to `routingKey:id`, so the types with listeners are exactly the filters someone holds:
 * the live feed matches new rows only against those.
 */
export class CountingEventTarget extends EventTarget {
  private readonly listeners = new Map<string, number>();

  constructor() {
    super();
    // Thousands of subscribers of one filter are the point, not a leak: no warning past ten.
    setMaxListeners(Infinity, this);
  }

  override addEventListener(...[type, callback, options]: Parameters<EventTarget['addEventListener']>): void {
    if (callback) this.listeners.set(type, (this.listeners.get(type) ?? 0) + 1);
    super.addEventListener(type, callback, options);
  }

  override removeEventListener(
    ...[type, callback, options]: Parameters<EventTarget['removeEventListener']>
  ): void {
    const count = this.listeners.get(type) ?? 0;
    if (callback && count <= 1) this.listeners.delete(type);
    else if (callback) this.listeners.set(type, count - 1);
    super.removeEventListener(type, callback, options);
  }

  /** Given a prefix, returns what follows it in every event type that has a listener now. */
  typesAfter(prefix: string): string[] {
    return [...this.listeners.keys()]
      .filter((type) => type.startsWith(prefix))
      .map((type) => type.slice(prefix.length));
  }
}

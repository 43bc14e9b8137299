import { createPubSub } from '@graphql-yoga/subscription';
import type { PubSub } from 'type-graphql';
import { CountingEventTarget } from './counting-event-target';

/** The in-process PubSub the subscriptions read from, and which of its topic ids have subscribers. */
export interface LivePubSub {
  /** What type-graphql's `buildSchema({ pubSub })` takes. */
  readonly pubSub: PubSub;
  /** Given a routing key, returns the dynamic ids (`topicId`) someone is subscribed to now. */
  subscribedIds(routingKey: string): string[];
}

/**
 * Given nothing, returns a PubSub (`createPubSub` of @graphql-yoga/subscription) over an event target
 * that counts its listeners. It is local to the process: events come into it from Postgres
 * notifications, which every process receives, so no broker is needed between processes.
 */
export function createLivePubSub(): LivePubSub {
  const target = new CountingEventTarget();
  const pubSub = createPubSub<Record<string, [string | number, unknown]>>({ eventTarget: target });
  return {
    pubSub: {
      publish: (routingKey, ...args) => pubSub.publish(routingKey, args[0] as string | number, args[1]),
      subscribe: (routingKey, dynamicId) => pubSub.subscribe(routingKey, dynamicId as string | number),
    },
    subscribedIds: (routingKey) => target.typesAfter(`${routingKey}:`),
  };
}

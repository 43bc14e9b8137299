import { SqlParams } from '../../db/sql-params';
import { quoteConditions } from '../quote-conditions';
import type { QuoteAddedArgs } from './quote-added.args';

/** The Postgres channel the quotes trigger notifies (migration NotifyQuotesAdded). */
export const QUOTE_ADDED_CHANNEL = 'quote_added';

/** The PubSub routing key of new quotes; each subscription listens to it under its filter's key. */
export const QUOTE_ADDED_TOPIC = 'QUOTE_ADDED';

/** A subscription's filter in the plain form its key encodes. */
export interface QuoteAddedFilter {
  topic: string | null;
  speaker: string | null;
  location: string | null;
}

/**
 * Given a subscription's arguments, returns its filter key: equal arguments give equal keys, so the
 * subscribers of one filter share one match per new quote. Throws BAD_USER_INPUT for an argument
 * the quotes list would refuse (a global id of another type), before the subscription starts.
 */
export function quoteAddedKey(args: QuoteAddedArgs): string {
  const filter: QuoteAddedFilter = {
    topic: args.topic ?? null,
    speaker: args.speaker ?? null,
    location: args.location ?? null,
  };
  quoteConditions(filter, new SqlParams());
  return JSON.stringify([filter.topic, filter.speaker, filter.location]);
}

/** Given a key made by `quoteAddedKey`, returns its filter. */
export function quoteAddedFilterOf(key: string): QuoteAddedFilter {
  const [topic, speaker, location] = JSON.parse(key) as [string | null, string | null, string | null];
  return { topic, speaker, location };
}

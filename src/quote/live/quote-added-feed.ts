import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from '../../db/hydrate';
import type { NotificationListener } from '../../db/notification-listener';
import { SqlParams } from '../../db/sql-params';
import type { BatchLoaders } from '../../graphql/subscriptions/batch-loaders';
import type { LivePubSub } from '../../graphql/subscriptions/live-pub-sub';
import { quoteConditions } from '../quote-conditions';
import { Quote } from '../quote.entity';
import { QUOTE_ADDED_CHANNEL, QUOTE_ADDED_TOPIC, quoteAddedFilterOf } from './quote-added-filter';

/** What the feed of new quotes needs. */
export interface QuoteAddedFeedOptions {
  dataSource: DataSource;
  listener: NotificationListener;
  live: LivePubSub;
  loaders: BatchLoaders;
  logger: Logger;
}

/** Given a notification's payload, returns the quote ids it lists. */
const idsOf = (payload: string): number[] =>
  payload
    .split(',')
    .map(Number)
    .filter((id) => Number.isSafeInteger(id) && id > 0);

/**
 * Given a batch of new quote ids and the filter keys someone subscribes with, returns one SQL
 * statement reading those quotes, each with the indexes of the filters it matches. The filters are
 * the quotes list's own conditions (topic, speaker, place or one inside it), so a live quote matches
 * exactly when the list would show it.
 */
function matchStatement(dataSource: DataSource, ids: number[], keys: readonly string[]) {
  const params = new SqlParams();
  const idList = params.add(ids);
  const matches = keys.map((key, index) => {
    const { conditions } = quoteConditions(quoteAddedFilterOf(key), params);
    return `CASE WHEN ${conditions.length > 0 ? conditions.join(' AND ') : 'TRUE'} THEN ${index} END`;
  });
  const sql = `SELECT ${selectColumns(dataSource, Quote, 'q')},
      array_remove(ARRAY[${matches.join(', ')}]::int[], NULL) AS "matchedFilters"
    FROM quotes q WHERE q.id = ANY(${idList}::int[]) ORDER BY q.id`;
  return { sql, values: params.values };
}

/**
 * Given the process's LISTEN connection and PubSub, starts turning `quote_added` notifications into
 * `quoteAdded` events and resolves once listening; returns how to stop. Each notification costs one
 * SQL statement however many subscribers there are, and nothing when there are none. Batches are
 * delivered one after another, so every subscriber sees quotes in the order they were stored. It
 * reads through the DataSource's primary: a replica may not have replayed the commit yet.
 */
export async function startQuoteAddedFeed(options: QuoteAddedFeedOptions): Promise<() => Promise<void>> {
  const { dataSource, live, loaders, logger } = options;
  let delivered: Promise<void> = Promise.resolve();

  const deliver = async (ids: number[]): Promise<void> => {
    const keys = live.subscribedIds(QUOTE_ADDED_TOPIC);
    if (keys.length === 0 || ids.length === 0) return;
    const { sql, values } = matchStatement(dataSource, ids, keys);
    const rows = (await dataSource.query(sql, values)) as (Record<string, unknown> & {
      matchedFilters: number[];
    })[];
    loaders.renew();
    for (const { matchedFilters, ...columns } of rows) {
      const [quote] = hydrate(Quote, [columns]);
      for (const index of matchedFilters) live.pubSub.publish(QUOTE_ADDED_TOPIC, keys[index], quote);
    }
  };

  const unsubscribe = await options.listener.subscribe(QUOTE_ADDED_CHANNEL, (payload) => {
    const ids = idsOf(payload);
    delivered = delivered
      .then(() => deliver(ids))
      .catch((error: unknown) =>
        logger.error({ err: error, quotes: ids.length }, 'live quotes were not delivered'),
      );
  });
  return async () => {
    unsubscribe();
    await delivered;
  };
}

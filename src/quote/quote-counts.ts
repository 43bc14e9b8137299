import { ArgsType, Field, Int } from 'type-graphql';
import type { SqlParams } from '../db/sql-params';
import { RANKED_LIMIT } from '../graphql/relations';
import { quoteConditions } from './quote-conditions';
import { QuoteFilter } from './quote-filter.input';
import { quoteSource } from './quote-source';

/** `first` and an optional filter: the arguments of every ranking of quotes. */
@ArgsType()
export class QuoteCountArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many to return, most quoted first: ${RANKED_LIMIT.default} when omitted, at most ${RANKED_LIMIT.maximum}.`,
  })
  first?: number | null;

  @Field(() => QuoteFilter, {
    nullable: true,
    description: 'Count only the quotes matching every field given.',
  })
  filter?: QuoteFilter | null;
}

/** What quotes are counted by: how a quote `q` reaches the counted row's id. */
const COUNTED_BY = {
  speaker: { join: '', id: 'q.speaker_id', condition: 'q.speaker_id IS NOT NULL' },
  topic: {
    join: 'JOIN quote_topics counted ON counted.quote_id = q.id',
    id: 'counted.topic_id',
    condition: 'TRUE',
  },
  location: {
    join: 'JOIN quote_locations counted ON counted.quote_id = q.id',
    id: 'counted.location_id',
    condition: 'TRUE',
  },
} as const;

/** Whose quotes are counted: the FROM clause reaching `quotes q` (the filter's choice when null), the parent's key and the condition on it. */
export interface CountScope {
  from: string | null;
  /** SQL for the parent's key of a row; `0` at the root. */
  parentKey: string;
  /** Given the condition the parent key meets, the condition tying a quote to its parent. */
  where: (parentIs: string) => string;
}

/** Every quote, at the root. */
export const ALL_QUOTES: CountScope = {
  from: 'quotes q',
  parentKey: '0',
  where: (parentIs) => `0 ${parentIs}`,
};

/**
 * Given what to count by and whose quotes, returns the `counts` of a ranked relation: for each
 * parent and counted row, how many of the parent's quotes (matching the field's filter) reach it.
 */
export const quoteCounts =
  (by: keyof typeof COUNTED_BY, scope: CountScope) =>
  (args: QuoteCountArgs, params: SqlParams, parentIs: string): string => {
    const counted = COUNTED_BY[by];
    const from = scope.from ?? quoteSource(args.filter, params);
    const { conditions } = quoteConditions(args.filter, params);
    return `SELECT ${scope.parentKey} AS "parentKey", ${counted.id} AS id, count(*)::integer AS "quoteCount"
              FROM ${from} ${counted.join}
             WHERE ${[scope.where(parentIs), counted.condition, ...conditions].join(' AND ')}
             GROUP BY 1, 2`;
  };

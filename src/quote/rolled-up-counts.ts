import type { SqlParams } from '../db/sql-params';
import type { QuoteCountArgs } from './quote-counts';

/** Which side of `topic_speaker_counts` the ranking's parent is, and which it ranks. */
const SIDES = {
  topic: { parent: 'topic_id', ranked: 'speaker_id' },
  speaker: { parent: 'speaker_id', ranked: 'topic_id' },
} as const;

type Counts = (args: QuoteCountArgs, params: SqlParams, parentIs: string) => string;

/**
 * Given the parent's side and the counting of the quotes themselves, returns the `counts` of a
 * ranked relation that reads the roll-up when the field has no filter (a few rows per parent,
 * whatever the archive's size) and counts the filtered quotes otherwise.
 */
export const rolledUpCounts =
  (parent: keyof typeof SIDES, counted: Counts): Counts =>
  (args, params, parentIs) => {
    const filtered = Object.values(args.filter ?? {}).some((value) => value != null);
    if (filtered) return counted(args, params, parentIs);
    const side = SIDES[parent];
    return `SELECT ${side.parent} AS "parentKey", ${side.ranked} AS id, quote_count AS "quoteCount"
              FROM topic_speaker_counts WHERE ${side.parent} ${parentIs}`;
  };

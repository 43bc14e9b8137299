import { Location } from '../../location/location.entity';
import { Speaker } from '../../speaker/speaker.entity';
import { Topic } from '../../topic/topic.entity';

/**
 * A list of related rows each parent has (a quote's topics, an article's speakers): written once,
 * used both by the per-request loaders (many parents, `= ANY($1::integer[])`) and by compiled
 * queries (one parent row, `= t3.id`).
 */
export interface Link<T extends object> {
  entity: new () => T;
  /** Given the condition the parent key meets, SQL selecting `"parentKey"` and the related row's `id`. */
  pairs: (parentIs: string) => string;
  /** Given the aliases of the related row and of its pair, the list's ORDER BY. */
  orderBy: (row: string, pair: string) => string;
}

// Names may repeat (topics under different slugs): the id keeps the order the same on every path.
const byName = (row: string): string => `${row}.name, ${row}.id`;

export const quoteTopicsLink: Link<Topic> = {
  entity: Topic,
  pairs: (parentIs) =>
    `SELECT quote_id AS "parentKey", topic_id AS id FROM quote_topics WHERE quote_id ${parentIs}`,
  orderBy: byName,
};

export const quoteLocationsLink: Link<Location> = {
  entity: Location,
  pairs: (parentIs) =>
    `SELECT quote_id AS "parentKey", location_id AS id FROM quote_locations WHERE quote_id ${parentIs}`,
  orderBy: byName,
};

export const articleLocationsLink: Link<Location> = {
  entity: Location,
  pairs: (parentIs) =>
    `SELECT article_id AS "parentKey", location_id AS id FROM article_locations WHERE article_id ${parentIs}`,
  orderBy: byName,
};

/** Everyone quoted in an article, in the order they are first quoted. */
export const articleSpeakersLink: Link<Speaker> = {
  entity: Speaker,
  pairs: (parentIs) =>
    `SELECT article_id AS "parentKey", speaker_id AS id, min(id) AS first_quote
       FROM quotes WHERE article_id ${parentIs} AND speaker_id IS NOT NULL
      GROUP BY article_id, speaker_id`,
  orderBy: (_row, pair) => `${pair}.first_quote`,
};

/** The topics of the quotes whose `column` is the parent's key (an article's or a speaker's topics). */
const topicsOfQuotesBy = (column: 'article_id' | 'speaker_id'): Link<Topic> => ({
  entity: Topic,
  pairs: (parentIs) =>
    `SELECT DISTINCT q.${column} AS "parentKey", qt.topic_id AS id
       FROM quotes q JOIN quote_topics qt ON qt.quote_id = q.id WHERE q.${column} ${parentIs}`,
  orderBy: byName,
});

export const articleTopicsLink = topicsOfQuotesBy('article_id');
export const speakerTopicsLink = topicsOfQuotesBy('speaker_id');

export const topicSpeakersLink: Link<Speaker> = {
  entity: Speaker,
  pairs: (parentIs) =>
    `SELECT DISTINCT qt.topic_id AS "parentKey", q.speaker_id AS id
       FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id
      WHERE qt.topic_id ${parentIs} AND q.speaker_id IS NOT NULL`,
  orderBy: byName,
};

/** A count each parent has: rows of `table` whose `column` is the parent's key. */
export interface CountLink {
  table: string;
  column: string;
}

export const speakerQuoteCount: CountLink = { table: 'quotes', column: 'speaker_id' };
export const topicQuoteCount: CountLink = { table: 'quote_topics', column: 'topic_id' };

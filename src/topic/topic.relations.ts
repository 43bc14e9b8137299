import { articlePage, articlesWhere } from '../article/article-list';
import { count, describeType, everyRow, list, lookup, ranked, SLUG_KEY } from '../graphql/relations';
import { quoteCounts } from '../quote/quote-counts';
import { rolledUpCounts } from '../quote/rolled-up-counts';
import { quotePage, TOPIC_QUOTES } from '../quote/quote-list';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from './topic.entity';

/** `Topic`'s relations: what both query paths read for its non-column fields. */
export const TOPIC = describeType('Topic', Topic, {
  quoteCount: count('quote_topics', 'topic_id'),
  quotes: quotePage(TOPIC_QUOTES),
  articles: articlePage(
    articlesWhere(
      (topic) =>
        `a.id IN (SELECT q.article_id FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id WHERE qt.topic_id = ${topic})`,
    ),
  ),
  // The roll-up's few rows; with a filter, the topic's quotes through its quote_topics index.
  topSpeakers: ranked(
    Speaker,
    'speaker',
    rolledUpCounts(
      'topic',
      quoteCounts('speaker', {
        // Each of the topic's quotes by key: the fence keeps the planner from a hash join over every
        // quote, which it picks when it cannot see how small one topic is.
        from: 'quote_topics topic_quote CROSS JOIN LATERAL (SELECT * FROM quotes WHERE quotes.id = topic_quote.quote_id OFFSET 0) q',
        parentKey: 'topic_quote.topic_id',
        where: (parentIs) => `topic_quote.topic_id ${parentIs}`,
      }),
    ),
  ),
  speakers: list(
    Speaker,
    (parentIs) =>
      `SELECT DISTINCT qt.topic_id AS "parentKey", q.speaker_id AS id
         FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id
        WHERE qt.topic_id ${parentIs} AND q.speaker_id IS NOT NULL`,
  ),
});

/** The root fields that read topics. */
export const TOPIC_ROOTS = {
  topic: lookup('Topic', Topic, SLUG_KEY),
  topics: everyRow(Topic),
};

import {
  deferred,
  describeType,
  list,
  lookup,
  throughLinkTable,
  type AlternateKey,
} from '../graphql/relations';
import { Location } from '../location/location.entity';
import { quotePage, quotesWhere } from '../quote/quote-list';
import { QuoteOrder } from '../quote/quote-order';
import { linkedToQuotes, QUOTE_TOPICS } from '../quote/quotes-links';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';
import { articlePage, EVERY_ARTICLE } from './article-list';
import { Article } from './article.entity';

/** Article URLs are stored trimmed. */
export const URL_KEY: AlternateKey = { argument: 'url', column: 'url', normalize: (url) => url.trim() };

/** `Article`'s relations: what both query paths read for its non-column fields. */
export const ARTICLE = describeType('Article', Article, {
  // It can be 200 KB: articles riding along with quotes come without it.
  body: deferred('body'),
  // Articles read top to bottom: their quotes in reading order unless told.
  quotes: quotePage(
    quotesWhere((article) => `q.article_id = ${article}`, {
      direction: 'ASC',
      defaultOrder: QuoteOrder.RECENTLY_ADDED,
    }),
  ),
  /** Everyone quoted in the article, in the order they are first quoted. */
  speakers: list(
    Speaker,
    (parentIs) =>
      `SELECT article_id AS "parentKey", speaker_id AS id, min(id) AS first_quote
         FROM quotes WHERE article_id ${parentIs} AND speaker_id IS NOT NULL
        GROUP BY article_id, speaker_id`,
    (_row, pair) => `${pair}.first_quote`,
  ),
  locations: throughLinkTable(Location, {
    table: 'article_locations',
    parentColumn: 'article_id',
    column: 'location_id',
  }),
  topics: linkedToQuotes(Topic, 'article_id', QUOTE_TOPICS),
});

/** The root fields that read articles. */
export const ARTICLE_ROOTS = {
  article: lookup('Article', Article, URL_KEY),
  articles: articlePage(EVERY_ARTICLE),
};

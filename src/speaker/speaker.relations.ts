import { articlePage } from '../article/article-list';
import { nameSortedList } from '../graphql/pagination/simple-list';
import { count, describeType, list, lookup, page, SLUG_KEY } from '../graphql/relations';
import { Location } from '../location/location.entity';
import { quotePage, quotesWhere } from '../quote/quote-list';
import { Topic } from '../topic/topic.entity';
import type { SpeakerListArgs } from './speaker-list.args';
import { speakerSearchConditions } from './speaker-search';
import { Speaker } from './speaker.entity';

/** `Speaker`'s relations: what both query paths read for its non-column fields. */
export const SPEAKER = describeType('Speaker', Speaker, {
  quoteCount: count('quotes', 'speaker_id'),
  quotes: quotePage(quotesWhere((speaker) => `q.speaker_id = ${speaker}`)),
  articles: articlePage((speaker) => `a.id IN (SELECT article_id FROM quotes WHERE speaker_id = ${speaker})`),
  topics: list(
    Topic,
    (parentIs) =>
      `SELECT DISTINCT q.speaker_id AS "parentKey", qt.topic_id AS id
         FROM quotes q JOIN quote_topics qt ON qt.quote_id = q.id WHERE q.speaker_id ${parentIs}`,
  ),
  locations: list(
    Location,
    (parentIs) =>
      `SELECT DISTINCT q.speaker_id AS "parentKey", ql.location_id AS id
         FROM quotes q JOIN quote_locations ql ON ql.quote_id = q.id WHERE q.speaker_id ${parentIs}`,
  ),
});

/** The root fields that read speakers. */
export const SPEAKER_ROOTS = {
  speaker: lookup('Speaker', Speaker, SLUG_KEY),
  speakers: page(Speaker, 'x', (dataSource, args: SpeakerListArgs, params) =>
    nameSortedList(dataSource, Speaker, params, (own) => speakerSearchConditions(args.search, own)),
  ),
};

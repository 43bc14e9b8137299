import { articlePage, articlesWhere } from '../article/article-list';
import { nameSortedList } from '../graphql/pagination/simple-list';
import { count, describeType, lookup, page, ranked } from '../graphql/relations';
import { SPEAKER_SLUG_KEY } from './speaker-slug-key';
import { Location } from '../location/location.entity';
import { quoteCounts } from '../quote/quote-counts';
import { rolledUpCounts } from '../quote/rolled-up-counts';
import { quotePage, quotesWhere } from '../quote/quote-list';
import { linkedToQuotes, QUOTE_LOCATIONS, QUOTE_TOPICS } from '../quote/quotes-links';
import { Topic } from '../topic/topic.entity';
import type { SpeakerListArgs } from './speaker-list.args';
import { speakerSearchConditions } from './speaker-search';
import { Speaker } from './speaker.entity';

/** `Speaker`'s relations: what both query paths read for its non-column fields. */
export const SPEAKER = describeType('Speaker', Speaker, {
  quoteCount: count('quotes', 'speaker_id'),
  quotes: quotePage(quotesWhere((speaker) => `q.speaker_id = ${speaker}`)),
  articles: articlePage(
    articlesWhere((speaker) => `a.id IN (SELECT article_id FROM quotes WHERE speaker_id = ${speaker})`),
  ),
  topics: linkedToQuotes(Topic, 'speaker_id', QUOTE_TOPICS),
  // The roll-up's few rows; with a filter, the speaker's quotes through their index.
  topTopics: ranked(
    Topic,
    'topic',
    rolledUpCounts(
      'speaker',
      quoteCounts('topic', {
        from: 'quotes q',
        parentKey: 'q.speaker_id',
        where: (parentIs) => `q.speaker_id ${parentIs}`,
      }),
    ),
  ),
  locations: linkedToQuotes(Location, 'speaker_id', QUOTE_LOCATIONS),
});

/** The root fields that read speakers. */
export const SPEAKER_ROOTS = {
  speaker: lookup('Speaker', Speaker, SPEAKER_SLUG_KEY),
  speakers: page(Speaker, 'x', (dataSource, args: SpeakerListArgs, params) =>
    nameSortedList(dataSource, Speaker, params, (own) => speakerSearchConditions(args.search, own)),
  ),
};

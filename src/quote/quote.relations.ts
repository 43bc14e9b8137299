import { Article } from '../article/article.entity';
import { describeType, lookup, one, ranked, throughLinkTable, valueRows } from '../graphql/relations';
import { Location } from '../location/location.entity';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';
import { ALL_QUOTES, quoteCounts } from './quote-counts';
import { EVERY_QUOTE, quotePage } from './quote-list';
import { quoteTimelineSql, type QuoteTimelineArgs } from './quote-timeline';
import { QUOTE_LOCATIONS, QUOTE_TOPICS } from './quotes-links';
import { Quote } from './quote.entity';

/** `Quote`'s relations: what both query paths read for its non-column fields. */
export const QUOTE = describeType('Quote', Quote, {
  speaker: one(Speaker, 'speakerId'),
  article: one(Article, 'articleId'),
  topics: throughLinkTable(Topic, { ...QUOTE_TOPICS, parentColumn: 'quote_id' }),
  locations: throughLinkTable(Location, { ...QUOTE_LOCATIONS, parentColumn: 'quote_id' }),
});

/** The root fields that read quotes. */
export const QUOTE_ROOTS = {
  quote: lookup('Quote', Quote, null),
  quotes: quotePage(EVERY_QUOTE),
  quoteTimeline: valueRows(
    (args: QuoteTimelineArgs, params) => quoteTimelineSql(args, params),
    { start: 'timestamptz', count: 'plain' },
    'start',
  ),
  quoteLocations: ranked(Location, 'location', quoteCounts('location', ALL_QUOTES)),
};

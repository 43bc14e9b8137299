import { Article } from '../article/article.entity';
import { Location } from '../location/location.entity';
import { ArticleLocation, QuoteLocation, QuoteTopic } from '../quote/quote-links.entity';
import { Quote } from '../quote/quote.entity';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';

/** The entity behind each GraphQL type that implements `Node`, by type name. */
export const NODE_ENTITIES = { Article, Speaker, Quote, Location, Topic } as const;

/** Every TypeORM entity of the application. */
export const ENTITIES = [
  Article,
  Speaker,
  Quote,
  Location,
  Topic,
  QuoteTopic,
  QuoteLocation,
  ArticleLocation,
];

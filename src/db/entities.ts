import { Article } from '../article/article.entity';
import { Location } from '../location/location.entity';
import { ArticleLocation, QuoteLocation, QuoteTopic } from '../quote/quote-links.entity';
import { Quote } from '../quote/quote.entity';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';

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

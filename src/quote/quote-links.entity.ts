import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Quote ↔ topic: which topics a quote is about. */
@Entity('quote_topics')
@Index(['topicId', 'quoteId'])
export class QuoteTopic {
  @PrimaryColumn('integer')
  quoteId!: number;

  @PrimaryColumn('integer')
  topicId!: number;
}

/** Quote ↔ location: the places named inside a quote. */
@Entity('quote_locations')
@Index(['locationId', 'quoteId'])
export class QuoteLocation {
  @PrimaryColumn('integer')
  quoteId!: number;

  @PrimaryColumn('integer')
  locationId!: number;
}

/** Article ↔ location: the places an article names anywhere. */
@Entity('article_locations')
@Index(['locationId', 'articleId'])
export class ArticleLocation {
  @PrimaryColumn('integer')
  articleId!: number;

  @PrimaryColumn('integer')
  locationId!: number;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Article } from '../article/article.entity';
import { Location } from '../location/location.entity';
import { Topic } from '../topic/topic.entity';
import { Quote } from './quote.entity';

/** Quote ↔ topic: which topics a quote is about. */
@Entity('quote_topics')
@Index('quote_topics_topic_id_idx', ['topicId', 'quoteId'])
@Index('quote_topics_topic_published_sort_idx', ['topicId', 'publishedSort', 'quoteId'])
export class QuoteTopic {
  @PrimaryColumn('integer')
  quoteId!: number;

  @PrimaryColumn('integer')
  topicId!: number;

  /** The quote's `publishedSort`, copied by triggers: a topic's quotes by publication from its own index. */
  @Column({ type: 'timestamptz', insert: false, update: false, select: false })
  publishedSort?: never;

  /** The quote's speaker, copied by triggers: what the topic/speaker roll-up counts by. */
  @Column({ type: 'integer', nullable: true, insert: false, update: false, select: false })
  speakerId?: never;

  @ManyToOne(() => Quote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quote_id' })
  quote?: Quote;

  @ManyToOne(() => Topic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: Topic;
}

/** Quote ↔ location: the places named inside a quote. */
@Entity('quote_locations')
@Index('quote_locations_location_id_idx', ['locationId', 'quoteId'])
export class QuoteLocation {
  @PrimaryColumn('integer')
  quoteId!: number;

  @PrimaryColumn('integer')
  locationId!: number;

  @ManyToOne(() => Quote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quote_id' })
  quote?: Quote;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id' })
  location?: Location;
}

/**
 * Quote ↔ every place it is within: each place a quote names and that place's ancestors, once, with
 * the quote's `publishedSort`. Kept by triggers on `quote_locations`, `quotes` and `locations` (see
 * migration PlacesWithin), so a place's quotes by publication come from one index. Read by SQL only.
 */
@Entity('quote_places_within')
@Index('quote_places_within_published_sort_idx', ['locationId', 'publishedSort', 'quoteId'])
@Index('quote_places_within_quote_id_idx', ['quoteId'])
export class QuotePlaceWithin {
  @PrimaryColumn('integer')
  locationId!: number;

  @PrimaryColumn('integer')
  quoteId!: number;

  @Column({ type: 'timestamptz', insert: false, update: false, select: false })
  publishedSort?: never;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id' })
  location?: Location;

  @ManyToOne(() => Quote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quote_id' })
  quote?: Quote;
}

/** Article ↔ location: the places an article names anywhere. */
@Entity('article_locations')
@Index('article_locations_location_id_idx', ['locationId', 'articleId'])
export class ArticleLocation {
  @PrimaryColumn('integer')
  articleId!: number;

  @PrimaryColumn('integer')
  locationId!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id' })
  location?: Location;
}

/**
 * Article ↔ every place it is within: each place an article names and that place's ancestors, once,
 * with the article's `sortAt`. Kept by triggers on `article_locations`, `articles` and `locations`
 * (see migration PlacesWithin), so a place's articles, newest first, come from one index. Read by SQL only.
 */
@Entity('article_places_within')
@Index('article_places_within_sort_at_idx', ['locationId', 'sortAt', 'articleId'])
@Index('article_places_within_article_id_idx', ['articleId'])
export class ArticlePlaceWithin {
  @PrimaryColumn('integer')
  locationId!: number;

  @PrimaryColumn('integer')
  articleId!: number;

  @Column({ type: 'timestamptz', insert: false, update: false, select: false })
  sortAt?: never;

  @ManyToOne(() => Location, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'location_id' })
  location?: Location;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Article } from '../article/article.entity';
import { searchVectorColumn } from '../db/search-vector-column';
import { Node } from '../graphql/node';
import { Speaker } from '../speaker/speaker.entity';
import { QuoteKind } from './quote-kind';

/** What somebody said in an article, direct or reported, with its exact place in the text. */
@Entity('quotes')
@Index('quotes_article_id_idx', ['articleId', 'id'])
@Index('quotes_speaker_id_idx', ['speakerId', 'id'])
// Publication order, read backwards for newest first (see migration PublicationOrder).
@Index('quotes_published_sort_idx', ['publishedSort', 'id'])
@Index('quotes_speaker_published_sort_idx', ['speakerId', 'publishedSort', 'id'])
@Index('quotes_search_idx', { synchronize: false })
@Check('quotes_kind_check', "kind IN ('DIRECT', 'INDIRECT')")
@Check('quotes_paragraph_check', 'paragraph >= 0')
@Check('quotes_start_offset_check', 'start_offset >= 0')
@Check('quotes_check', 'end_offset >= start_offset')
@ObjectType('Quote', {
  // Plain columns need no middleware: graphql-js reads them directly.
  simpleResolvers: true,
  implements: Node,
  description: 'What somebody said in an article, direct or reported, and exactly where in the text.',
})
export class Quote {
  get graphqlTypeName(): string {
    return 'Quote';
  }

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer')
  articleId!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @Column('integer', { nullable: true })
  speakerId!: number | null;

  @ManyToOne(() => Speaker, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: Speaker;

  @Column('text')
  @Field(() => String, {
    description: 'The quoted words without quote marks; for reported speech, the reported clause.',
  })
  text!: string;

  @Column('text')
  @Field(() => QuoteKind, { description: 'Direct words or reported speech.' })
  kind!: QuoteKind;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'The reporting verb: said, noted, stressed…' })
  cue!: string | null;

  @Column('integer')
  @Field(() => Int, { description: '0-based index of the paragraph of `Article.body` the quote starts in.' })
  paragraph!: number;

  @Column('integer')
  @Field(() => Int, { description: 'Offset of the first character of `text` in `Article.body`.' })
  startOffset!: number;

  @Column('integer')
  @Field(() => Int, { description: 'Offset just past the last character of `text` in `Article.body`.' })
  endOffset!: number;

  /**
   * The article's `sortAt` (published, else ingested), copied by triggers so that quote lists in
   * publication order walk one index; never written or read by the entity.
   */
  @Column({ type: 'timestamptz', insert: false, update: false, select: false })
  publishedSort?: never;

  /** The text as searched (a generated column, never read into the entity). */
  @Column(searchVectorColumn("to_tsvector('english', text)"))
  search?: never;
}

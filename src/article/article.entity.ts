import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { searchVectorColumn } from '../db/search-vector-column';
import { Node } from '../graphql/node';

/** A news article as ingested: its text, where it came from and when. */
@Entity('articles')
// Expression and GIN indexes TypeORM cannot express: named here so its schema diff keeps them.
@Index('articles_sort_idx', { synchronize: false })
@Index('articles_source_idx', { synchronize: false })
@Index('articles_search_idx', { synchronize: false })
@ObjectType('Article', {
  // Plain columns need no middleware: graphql-js reads them directly.
  simpleResolvers: true,
  implements: Node,
  description: 'A news article as ingested: its text, its source and the quotes extracted from it.',
})
export class Article {
  /** Tells `Node.resolveType` which GraphQL type this object is. */
  get graphqlTypeName(): string {
    return 'Article';
  }

  @PrimaryGeneratedColumn()
  id!: number;

  @Index('articles_url_key', { unique: true, where: 'url IS NOT NULL' })
  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'Where the article was published, when known.' })
  url!: string | null;

  /** SHA-256 of the normalised title and body: an article's identity when it has no URL. */
  @Index('articles_content_hash_key', { unique: true })
  @Column('text')
  contentHash!: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'The outlet that published it, e.g. "BelTA".' })
  source!: string | null;

  @Column('text')
  @Field(() => String, { description: 'The headline.' })
  title!: string;

  /**
   * The normalised text. Served by `ArticleResolver.body`: articles that ride along with quotes come
   * without it (it can be 200 KB), and the resolver loads it only when a query asks.
   */
  @Column('text')
  body?: string;

  @Column('text', { nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The dateline as printed, e.g. "13:20, 26 April", kept even when it gave no date (a day without a year more than 300 days before the ingest).',
  })
  dateline!: string | null;

  @Column('timestamptz', { nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'When the article was published, if known.' })
  publishedAt!: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  @Field(() => DateTimeResolver, { description: 'When this server stored the article.' })
  ingestedAt!: Date;

  @Column('integer', { default: 0 })
  @Field(() => Int, {
    description:
      'The version of the extractor that produced its quotes (0: stored before versions were recorded). Articles below the current version are what `npm run reextract -- --outdated` extracts again.',
  })
  extractorVersion!: number;

  /** `publishedAt`, else `ingestedAt`: the newest-first order of article lists (a generated column). */
  @Column({
    type: 'timestamptz',
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: 'coalesce(published_at, ingested_at)',
    // Postgres puts no NOT NULL on a generated column; ingested_at makes it never null.
    nullable: true,
  })
  sortAt!: Date;

  /** Headline and body as searched (a generated column, never read into the entity). */
  @Column(searchVectorColumn("to_tsvector('english', title || ' ' || body)"))
  search?: never;
}

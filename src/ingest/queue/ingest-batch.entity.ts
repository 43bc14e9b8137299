import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { IngestFailure } from './ingest-failure.type';

/**
 * Articles enqueued together, for workers to ingest. The row holds only how many there are; the
 * counts are read from its items (see `loadIngestBatch`), so they are never out of step.
 */
@Entity('ingest_batches')
@Check('ingest_batches_total_check', 'total >= 0')
@Check('ingest_batches_check', 'done <= total')
@ObjectType('IngestBatch', {
  simpleResolvers: true,
  description:
    'Articles enqueued together for the workers (to ingest, or to extract again), and how far they have got. Poll it until `pending` is 0.',
})
export class IngestBatch {
  // Made by gen_random_uuid() in the insert: a generated uuid column would have TypeORM install uuid-ossp.
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'The batch id, for `ingestBatch(id:)`.' })
  id!: string;

  @Column('integer')
  @Field(() => Int, { description: 'How many articles were enqueued.' })
  total!: number;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => DateTimeResolver, { description: 'When the batch was enqueued.' })
  created!: Date;

  /**
   * How many items have an outcome: counted up in each item's own transaction, so exactly one
   * transaction sees it reach `total` and marks the batch finished (no count over the items).
   */
  @Column('integer', { default: 0 })
  done!: number;

  /** When the last article's outcome was written; null while any is pending. */
  @Column('timestamptz', { nullable: true })
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When its last article was done; null while any is pending.',
  })
  finished!: Date | null;

  @Field(() => Int, { description: 'New articles, extracted and stored.' })
  stored!: number;

  @Field(() => Int, {
    description:
      'Stored articles replaced: corrections (same URL or text, other text), or, extracting again, articles whose quotes or links came out different.',
  })
  updated!: number;

  @Field(() => Int, {
    description:
      'Articles that were already stored (same URL or text), or (extracting again) came out the same: nothing written.',
  })
  unchanged!: number;

  @Field(() => Int, { description: 'Articles that could not be stored after every retry; see `failures`.' })
  failed!: number;

  @Field(() => Int, { description: 'Articles not done yet: waiting, running, or waiting to be retried.' })
  pending!: number;

  @Field(() => [IngestFailure], {
    description: 'Each failed article, the first 1,000 by index: its place in the batch and why.',
  })
  failures!: IngestFailure[];
}

import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Article } from '../../article/article.entity';
import { IngestBatch } from './ingest-batch.entity';
import type { IngestOutcome } from './ingest-outcome';

/**
 * What became of one article of a batch, written once its job is done, in the same transaction as
 * the article itself: an article without a row is still pending, and a retried job that finds its
 * row knows the work is done.
 */
@Entity('ingest_batch_items')
@Check('ingest_batch_items_outcome_check', "outcome IN ('STORED', 'UPDATED', 'UNCHANGED', 'FAILED')")
@Check('ingest_batch_items_index_check', 'index >= 0')
@Index('ingest_batch_items_article_id_idx', ['articleId'])
export class IngestBatchItem {
  @PrimaryColumn('uuid')
  batchId!: string;

  @ManyToOne(() => IngestBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: IngestBatch;

  /** The article's place in the batch, from 0: how a caller finds which of its inputs failed. */
  @PrimaryColumn('integer')
  index!: number;

  @Column('text')
  outcome!: IngestOutcome;

  /** Why a failed article failed (the last attempt's error message); null otherwise. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('integer', { nullable: true })
  articleId!: number | null;

  @ManyToOne(() => Article, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  finished!: Date;
}

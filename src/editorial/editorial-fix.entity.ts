import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Article } from '../article/article.entity';
import { Speaker } from '../speaker/speaker.entity';
import { EditorialEdit } from './editorial-edit.entity';

/**
 * A quote's speaker as an editor set it, keyed by what survives a re-extraction (the article, the
 * quote's words and offsets) rather than by the quote's id, so it can be applied again to the quotes
 * a new extraction makes. One row per quote: the latest fix wins.
 */
@Entity('editorial_fixes')
@Index('editorial_fixes_quote_key', ['articleId', 'startOffset', 'endOffset', 'quoteText'], { unique: true })
@Index('editorial_fixes_speaker_id_idx', ['speakerId'])
@Index('editorial_fixes_edit_id_idx', ['editId'])
export class EditorialFix {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer')
  articleId!: number;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @Column('text')
  quoteText!: string;

  @Column('integer')
  startOffset!: number;

  @Column('integer')
  endOffset!: number;

  @Column('integer')
  speakerId!: number;

  @ManyToOne(() => Speaker, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: Speaker;

  @Column('integer')
  editId!: number;

  @ManyToOne(() => EditorialEdit)
  @JoinColumn({ name: 'edit_id' })
  edit?: EditorialEdit;
}

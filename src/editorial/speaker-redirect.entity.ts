import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Speaker } from '../speaker/speaker.entity';

/**
 * A speaker merged into another, or renamed: its old slug still finds the speaker it became, and its
 * old identity (match key) sends quotes a later ingest or re-extraction attributes to it there.
 */
@Entity('speaker_redirects')
@Index('speaker_redirects_match_key_idx', ['matchKey'])
@Index('speaker_redirects_speaker_id_idx', ['speakerId'])
export class SpeakerRedirect {
  @PrimaryColumn('text')
  slug!: string;

  /** The folded name of the speaker that is gone; null after a rename (the identity stays with the speaker). */
  @Column('text', { nullable: true })
  matchKey!: string | null;

  @Column('integer')
  speakerId!: number;

  @ManyToOne(() => Speaker, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: Speaker;
}

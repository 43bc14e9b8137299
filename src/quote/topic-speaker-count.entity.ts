import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * How many quotes of a topic a speaker said: a roll-up kept by triggers on `quote_topics` (see
 * migration TopicSpeakerCounts), so rankings read a few rows however large the archive is. Read by
 * SQL only; no code writes it.
 */
@Entity('topic_speaker_counts')
@Index('topic_speaker_counts_speaker_id_idx', ['speakerId', 'topicId'])
@Check('topic_speaker_counts_quote_count_check', 'quote_count > 0')
export class TopicSpeakerCount {
  @PrimaryColumn('integer')
  topicId!: number;

  @PrimaryColumn('integer')
  speakerId!: number;

  @Column('integer')
  quoteCount!: number;
}

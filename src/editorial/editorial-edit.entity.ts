import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EditorialAction } from './editorial-action';

/** One editorial fix as the audit log keeps it: who, when, what. Rows are only ever added. */
@Entity('editorial_edits')
@Check(
  'editorial_edits_action_check',
  "action IN ('SET_QUOTE_SPEAKER', 'MERGE_SPEAKERS', 'RENAME_SPEAKER', 'UPDATE_TOPIC', 'DELETE_TOPIC')",
)
@ObjectType('EditorialEdit', {
  simpleResolvers: true,
  description: 'One editorial fix in the audit log: who made it, when, and what changed.',
})
export class EditorialEdit {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text')
  @Field(() => EditorialAction, { description: 'The kind of fix.' })
  action!: EditorialAction;

  @Column('text')
  @Field(() => String, {
    description: 'Who made it: the name the editor gave with the token (`X-Editor` header), else "editor".',
  })
  editor!: string;

  /** The first 12 hex digits of the token's SHA-256: which token was used, without keeping the token. */
  @Column('text')
  tokenDigest!: string;

  @Column('text', { nullable: true })
  requestId!: string | null;

  @Column('text')
  @Field(() => String, {
    description: 'What changed, in words, e.g. "Merged V. Sarenko into Viktor Sarenko (3 quotes)".',
  })
  summary!: string;

  /** Before and after, as JSON: enough to see exactly what changed, and to undo it by hand. */
  @Column('jsonb')
  details!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => DateTimeResolver, { description: 'When it was made.' })
  createdAt!: Date;
}

import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../graphql/node';
import { KEYWORDS_DESCRIPTION, WEAK_KEYWORDS_DESCRIPTION } from './keyword-descriptions';

/** A subject of the taxonomy; quotes are tagged with it by keyword. */
@Entity('topics')
@ObjectType('Topic', {
  // Plain columns need no middleware: graphql-js reads them directly.
  simpleResolvers: true,
  implements: Node,
  description: 'A subject of the taxonomy; quotes are tagged by keyword.',
})
export class Topic {
  get graphqlTypeName(): string {
    return 'Topic';
  }

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text')
  @Field(() => String, { description: 'Display name, e.g. "Military bases".' })
  name!: string;

  @Index('topics_slug_key', { unique: true })
  @Column('text')
  @Field(() => String, { description: 'URL-safe unique name, e.g. "military-bases".' })
  slug!: string;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'What the topic covers.' })
  description!: string | null;

  @Column('text', { array: true })
  @Field(() => [String], { description: KEYWORDS_DESCRIPTION })
  keywords!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [String], { description: WEAK_KEYWORDS_DESCRIPTION })
  weakKeywords!: string[];
}

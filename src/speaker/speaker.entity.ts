import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../graphql/node';

/** A person or organisation quoted in at least one article. */
@Entity('speakers')
// By case-folded name, then id (the speaker list's order): an expression TypeORM cannot express.
@Index('speakers_name_idx', { synchronize: false })
@ObjectType('Speaker', {
  // Plain columns need no middleware: graphql-js reads them directly.
  simpleResolvers: true,
  implements: Node,
  description: 'A person or organisation quoted in the articles.',
})
export class Speaker {
  /** Tells `Node.resolveType` which GraphQL type this object is. */
  get graphqlTypeName(): string {
    return 'Speaker';
  }

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text')
  @Field(() => String, { description: 'Canonical full name, e.g. "Aleksandr Lukashenko".' })
  name!: string;

  @Index('speakers_slug_key', { unique: true })
  @Column('text')
  @Field(() => String, { description: 'URL-safe unique name, e.g. "aleksandr-lukashenko".' })
  slug!: string;

  /** The name with transliteration variants folded: the identity that merges Alexander and Aleksandr. */
  @Index('speakers_match_key_key', { unique: true })
  @Column('text')
  matchKey!: string;

  /** The folded surname, so a later "Lukashenko" alone finds "Aleksandr Lukashenko". */
  @Index('speakers_surname_key_idx')
  @Column('text')
  surnameKey!: string;

  @Column('text', { nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The role the text gives, e.g. "President of Belarus".',
  })
  role!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Other names the articles use: surname, titles, descriptions.' })
  aliases!: string[];

  @Column('boolean', { default: false })
  @Field(() => Boolean, { description: 'True when the speaker is an organisation, not a person.' })
  isOrganization!: boolean;
}

import { Field, InputType } from 'type-graphql';

/** A new topic for the taxonomy. */
@InputType('CreateTopicInput', {
  description: 'A new topic for the taxonomy; stored quotes are tagged with it at once.',
})
export class CreateTopicInput {
  @Field(() => String, { description: 'Display name, e.g. "Military bases".' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'URL-safe unique name (lower-case letters, digits, hyphens); made from `name` when omitted.',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What the topic covers.' })
  description?: string | null;

  @Field(() => [String], { description: 'Words and phrases that tag a quote with this topic; at least one.' })
  keywords!: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Ambiguous words that tag a quote only when its article also has one of `keywords`.',
  })
  weakKeywords?: string[] | null;
}

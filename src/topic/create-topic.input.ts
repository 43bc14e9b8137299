import { Field, InputType } from 'type-graphql';
import { KEYWORDS_DESCRIPTION, WEAK_KEYWORDS_DESCRIPTION } from './keyword-descriptions';

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

  @Field(() => [String], { description: `${KEYWORDS_DESCRIPTION} At least one that is no exception.` })
  keywords!: string[];

  @Field(() => [String], { nullable: true, description: WEAK_KEYWORDS_DESCRIPTION })
  weakKeywords?: string[] | null;
}

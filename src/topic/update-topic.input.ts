import { Field, InputType } from 'type-graphql';

/** Changes to a topic; a field left out keeps its value. */
@InputType('UpdateTopicInput', {
  description:
    'Changes to a topic; a field left out keeps its value. New keywords tag the stored quotes again.',
})
export class UpdateTopicInput {
  @Field(() => String, { nullable: true, description: 'Display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What the topic covers; an empty text removes it.' })
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Words and phrases that tag a quote with this topic; at least one.',
  })
  keywords?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Ambiguous words that tag a quote only when its article also has one of `keywords`.',
  })
  weakKeywords?: string[] | null;
}

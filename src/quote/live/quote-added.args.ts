import { ArgsType, Field } from 'type-graphql';

/** What a `quoteAdded` subscription narrows the new quotes to; every argument given must match. */
@ArgsType()
export class QuoteAddedArgs {
  @Field(() => String, { nullable: true, description: 'Only quotes tagged with this topic (its slug).' })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'Only quotes by this speaker: slug or id.' })
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only quotes naming this place or any place inside it: slug or id.',
  })
  location?: string | null;
}

import { ArgsType, Field } from 'type-graphql';
import { NARROWING_DESCRIPTIONS } from '../quote-filter-descriptions';

/** What a `quoteAdded` subscription narrows the new quotes to; every argument given must match. */
@ArgsType()
export class QuoteAddedArgs {
  @Field(() => String, { nullable: true, description: NARROWING_DESCRIPTIONS.topic })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: NARROWING_DESCRIPTIONS.speaker })
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description: NARROWING_DESCRIPTIONS.location,
  })
  location?: string | null;
}

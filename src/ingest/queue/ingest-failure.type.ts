import { Field, Int, ObjectType } from 'type-graphql';

/** One article of a batch that could not be stored, and why. */
@ObjectType('IngestFailure', {
  simpleResolvers: true,
  description: 'An article of a batch that could not be stored after every retry, and why.',
})
export class IngestFailure {
  @Field(() => Int, { description: 'Its place in the list that was enqueued, from 0.' })
  index!: number;

  @Field(() => String, { description: 'Why it failed: the last attempt’s error, in one line.' })
  reason!: string;
}

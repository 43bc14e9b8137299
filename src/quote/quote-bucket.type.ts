import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

/** One bar of a quote timeline. */
@ObjectType('QuoteBucket', { description: 'How many quotes fall in one day, week or month.' })
export class QuoteBucket {
  @Field(() => DateTimeResolver, { description: 'The first instant of the bucket (UTC).' })
  start!: Date;

  @Field(() => Int, { description: 'Quotes from articles published (else ingested) in the bucket.' })
  count!: number;
}

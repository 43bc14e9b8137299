import { Field, Int, ObjectType } from 'type-graphql';
import { Location } from './location.entity';

/** A place in a ranking, with how many of the ranked quotes name it. */
@ObjectType('LocationCount', { description: 'A place with how many of the counted quotes name it.' })
export class LocationCount {
  @Field(() => Location, { description: 'The place.' })
  location!: Location;

  @Field(() => Int, {
    description: 'How many of the counted quotes name this very place (not a place inside it).',
  })
  quoteCount!: number;
}

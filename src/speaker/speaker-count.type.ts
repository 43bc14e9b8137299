import { Field, Int, ObjectType } from 'type-graphql';
import { Speaker } from './speaker.entity';

/** A speaker in a ranking, with how many of the ranked quotes are theirs. */
@ObjectType('SpeakerCount', { description: 'A speaker with how many of the counted quotes are theirs.' })
export class SpeakerCount {
  @Field(() => Speaker, { description: 'The speaker.' })
  speaker!: Speaker;

  @Field(() => Int, { description: 'How many of the counted quotes the speaker said.' })
  quoteCount!: number;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { Topic } from './topic.entity';

/** A topic in a ranking, with how many of the ranked quotes it tags. */
@ObjectType('TopicCount', { description: 'A topic with how many of the counted quotes are about it.' })
export class TopicCount {
  @Field(() => Topic, { description: 'The topic.' })
  topic!: Topic;

  @Field(() => Int, { description: 'How many of the counted quotes are tagged with the topic.' })
  quoteCount!: number;
}

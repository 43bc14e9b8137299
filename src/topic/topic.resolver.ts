import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  UseMiddleware,
  Info,
} from 'type-graphql';
import { ArticleConnection } from '../article/article-connection';
import { RequireApiToken } from '../graphql/auth/require-api-token';
import type { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/ids/global-id';
import { PageArgs } from '../graphql/pagination/page-args';
import { QuoteConnection } from '../quote/quote-connection';
import { QuoteCountArgs } from '../quote/quote-counts';
import { QuotePageArgs } from '../quote/quote-page.args';
import { SpeakerCount } from '../speaker/speaker-count.type';
import { Speaker } from '../speaker/speaker.entity';
import { CreateTopicInput } from './create-topic.input';
import { Topic } from './topic.entity';
import { TOPIC, TOPIC_ROOTS } from './topic.relations';
import { createTopic } from './topic.service';

/** Topics: the taxonomy, each topic's quotes, articles and speakers, and adding topics. */
@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'One topic by id or slug (give exactly one).' })
  topic(
    @Arg('id', () => ID, { nullable: true, description: 'The topic id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'The topic slug, e.g. "military-bases".' })
    slug: string | null,
    @Ctx() context: RequestContext,
  ) {
    return context.loaders.lookup(TOPIC_ROOTS.topic, { id, slug });
  }

  @Query(() => [Topic], { description: 'The whole taxonomy, by name.' })
  topics(@Ctx() context: RequestContext) {
    return context.loaders.every(TOPIC_ROOTS.topics);
  }

  @Mutation(() => Topic, {
    description:
      'Adds a topic to the taxonomy and tags the quotes already stored with it. Needs the API token.',
  })
  @UseMiddleware(RequireApiToken)
  createTopic(
    @Arg('input', () => CreateTopicInput, { description: 'The new topic.' }) input: CreateTopicInput,
    @Ctx() context: RequestContext,
  ): Promise<Topic> {
    return createTopic(context.dataSource, input);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id of this topic.' })
  id(@Root() topic: Topic): string {
    return toGlobalId('Topic', topic.id);
  }

  @FieldResolver(() => Int, { description: 'How many quotes are tagged with this topic.' })
  quoteCount(@Root() topic: Topic, @Ctx() context: RequestContext) {
    return context.loaders.count(TOPIC.relations.quoteCount, topic);
  }

  @FieldResolver(() => QuoteConnection, {
    description: 'Quotes on this topic, newest first, optionally filtered.',
  })
  quotes(
    @Root() topic: Topic,
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(TOPIC.relations.quotes, topic, args, info);
  }

  @FieldResolver(() => [SpeakerCount], {
    description:
      'The speakers quoted on this topic, most quoted first, with how many of its quotes each said.',
  })
  topSpeakers(
    @Root() topic: Topic,
    @Args(() => QuoteCountArgs) args: QuoteCountArgs,
    @Ctx() context: RequestContext,
  ) {
    return context.loaders.ranked(TOPIC.relations.topSpeakers, topic, args);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles with a quote on this topic, newest first.',
  })
  articles(
    @Root() topic: Topic,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(TOPIC.relations.articles, topic, args, info);
  }

  @FieldResolver(() => [Speaker], { description: 'Everyone quoted on this topic, by name.' })
  speakers(@Root() topic: Topic, @Ctx() context: RequestContext) {
    return context.loaders.list(TOPIC.relations.speakers, topic);
  }
}

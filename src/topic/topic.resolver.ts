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
import type { Article } from '../article/article.entity';
import { findByIdOrKey } from '../db/find-by-id-or-key';
import { SLUG_KEY } from '../db/find-by-key';
import { RequireApiToken } from '../graphql/auth/require-api-token';
import type { RequestContext } from '../graphql/context';
import { connectionNodeFields } from '../graphql/lookahead/node-fields';
import { toGlobalId } from '../graphql/ids/global-id';
import type { ConnectionValue } from '../graphql/pagination/connection-type';
import { PageArgs } from '../graphql/pagination/page-args';
import { QuoteConnection } from '../quote/quote-connection';
import { quoteIncludes } from '../quote/quote-includes';
import { QuotePageArgs } from '../quote/quote-page.args';
import type { Quote } from '../quote/quote.entity';
import { Speaker } from '../speaker/speaker.entity';
import { CreateTopicInput } from './create-topic.input';
import { Topic } from './topic.entity';
import { createTopic, listTopics } from './topic.service';

/** Topics: the taxonomy, each topic's quotes, articles and speakers, and adding topics. */
@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'One topic by id or slug (give exactly one).' })
  topic(
    @Arg('id', () => ID, { nullable: true, description: 'The topic id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'The topic slug, e.g. "military-bases".' })
    slug: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Topic | null> {
    return findByIdOrKey(
      context.dataSource,
      { typeName: 'Topic', entity: Topic, byId: context.loaders.topic, key: SLUG_KEY },
      id,
      slug,
    );
  }

  @Query(() => [Topic], { description: 'The whole taxonomy, by name.' })
  topics(@Ctx() context: RequestContext): Promise<Topic[]> {
    return listTopics(context.dataSource);
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
    return context.loaders.topicQuoteCount().load(topic.id);
  }

  @FieldResolver(() => QuoteConnection, {
    description: 'Quotes on this topic, newest first, optionally filtered.',
  })
  quotes(
    @Root() topic: Topic,
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Quote>> {
    return context.loaders
      .quotePages('topic', args, quoteIncludes(connectionNodeFields(info)))
      .load(topic.id);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles with a quote on this topic, newest first.',
  })
  articles(
    @Root() topic: Topic,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionValue<Article>> {
    return context.loaders.articlePages('topic', args).load(topic.id);
  }

  @FieldResolver(() => [Speaker], { description: 'Everyone quoted on this topic, by name.' })
  speakers(@Root() topic: Topic, @Ctx() context: RequestContext) {
    return context.loaders.topicSpeakers().load(topic.id);
  }
}

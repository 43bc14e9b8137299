import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ArticleConnection } from '../article/article-connection';
import type { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/ids/global-id';
import { PageArgs } from '../graphql/pagination/page-args';
import { Location } from '../location/location.entity';
import { QuoteConnection } from '../quote/quote-connection';
import { QuoteCountArgs } from '../quote/quote-counts';
import { QuotePageArgs } from '../quote/quote-page.args';
import { TopicCount } from '../topic/topic-count.type';
import { Topic } from '../topic/topic.entity';
import { SpeakerConnection } from './speaker-connection';
import { SpeakerListArgs } from './speaker-list.args';
import { Speaker } from './speaker.entity';
import { SPEAKER, SPEAKER_ROOTS } from './speaker.relations';

/** Speakers: lookups by id or slug, the list, and each speaker's quotes, articles and topics. */
@Resolver(() => Speaker)
export class SpeakerResolver {
  @Query(() => Speaker, { nullable: true, description: 'One speaker by id or slug (give exactly one).' })
  speaker(
    @Arg('id', () => ID, { nullable: true, description: 'The speaker id.' }) id: string | null,
    @Arg('slug', () => String, {
      nullable: true,
      description: 'The speaker slug, e.g. "aleksandr-lukashenko".',
    })
    slug: string | null,
    @Ctx() context: RequestContext,
  ) {
    return context.loaders.lookup(SPEAKER_ROOTS.speaker, { id, slug });
  }

  @Query(() => SpeakerConnection, { description: 'Speakers by name, optionally searched.' })
  speakers(
    @Args(() => SpeakerListArgs) args: SpeakerListArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(SPEAKER_ROOTS.speakers, null, args, info);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id of this speaker.' })
  id(@Root() speaker: Speaker): string {
    return toGlobalId('Speaker', speaker.id);
  }

  @FieldResolver(() => Int, { description: 'How many quotes are attributed to this speaker.' })
  quoteCount(@Root() speaker: Speaker, @Ctx() context: RequestContext) {
    return context.loaders.count(SPEAKER.relations.quoteCount, speaker);
  }

  @FieldResolver(() => QuoteConnection, {
    description: "The speaker's quotes, newest first, optionally filtered.",
  })
  quotes(
    @Root() speaker: Speaker,
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(SPEAKER.relations.quotes, speaker, args, info);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles quoting this speaker, newest first.' })
  articles(
    @Root() speaker: Speaker,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(SPEAKER.relations.articles, speaker, args, info);
  }

  @FieldResolver(() => [Topic], { description: "The topics of the speaker's quotes." })
  topics(@Root() speaker: Speaker, @Ctx() context: RequestContext) {
    return context.loaders.list(SPEAKER.relations.topics, speaker);
  }

  @FieldResolver(() => [TopicCount], {
    description:
      "The topics of the speaker's quotes, most quoted first, with how many of their quotes each tags.",
  })
  topTopics(
    @Root() speaker: Speaker,
    @Args(() => QuoteCountArgs) args: QuoteCountArgs,
    @Ctx() context: RequestContext,
  ) {
    return context.loaders.ranked(SPEAKER.relations.topTopics, speaker, args);
  }

  @FieldResolver(() => [Location], { description: "The places the speaker's quotes name, by name." })
  locations(@Root() speaker: Speaker, @Ctx() context: RequestContext) {
    return context.loaders.list(SPEAKER.relations.locations, speaker);
  }
}

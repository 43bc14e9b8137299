import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Info,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ArticleConnection } from '../article/article-connection';
import type { Article } from '../article/article.entity';
import { findByIdOrKey } from '../db/find-by-id-or-key';
import { SLUG_KEY } from '../db/find-by-key';
import type { RequestContext } from '../graphql/context';
import { connectionNodeFields } from '../graphql/lookahead/node-fields';
import { toGlobalId } from '../graphql/ids/global-id';
import type { ConnectionValue } from '../graphql/pagination/connection-type';
import { PageArgs } from '../graphql/pagination/page-args';
import { nameSortedPage } from '../graphql/pagination/simple-list';
import { speakerSearchConditions } from './speaker-search';
import { QuoteConnection } from '../quote/quote-connection';
import { quoteIncludes } from '../quote/quote-includes';
import { QuotePageArgs } from '../quote/quote-page.args';
import type { Quote } from '../quote/quote.entity';
import { Topic } from '../topic/topic.entity';
import { SpeakerConnection } from './speaker-connection';
import { Speaker } from './speaker.entity';

@ArgsType()
class SpeakerListArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only speakers whose name, role or an alias contains this text.',
  })
  search?: string | null;
}

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
  ): Promise<Speaker | null> {
    return findByIdOrKey(
      context.dataSource,
      { typeName: 'Speaker', entity: Speaker, byId: context.loaders.speaker, key: SLUG_KEY },
      id,
      slug,
    );
  }

  @Query(() => SpeakerConnection, { description: 'Speakers by name, optionally searched.' })
  speakers(
    @Args(() => SpeakerListArgs) args: SpeakerListArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionValue<Speaker>> {
    return nameSortedPage(context.dataSource, Speaker, args, (params) =>
      speakerSearchConditions(args.search, params),
    );
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id of this speaker.' })
  id(@Root() speaker: Speaker): string {
    return toGlobalId('Speaker', speaker.id);
  }

  @FieldResolver(() => Int, { description: 'How many quotes are attributed to this speaker.' })
  quoteCount(@Root() speaker: Speaker, @Ctx() context: RequestContext) {
    return context.loaders.speakerQuoteCount().load(speaker.id);
  }

  @FieldResolver(() => QuoteConnection, {
    description: "The speaker's quotes, newest first, optionally filtered.",
  })
  quotes(
    @Root() speaker: Speaker,
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Quote>> {
    return context.loaders
      .quotePages('speaker', args, quoteIncludes(connectionNodeFields(info)))
      .load(speaker.id);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles quoting this speaker, newest first.' })
  articles(
    @Root() speaker: Speaker,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionValue<Article>> {
    return context.loaders.articlePages('speaker', args).load(speaker.id);
  }

  @FieldResolver(() => [Topic], { description: "The topics of the speaker's quotes." })
  topics(@Root() speaker: Speaker, @Ctx() context: RequestContext) {
    return context.loaders.speakerTopics().load(speaker.id);
  }
}

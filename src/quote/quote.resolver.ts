import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../article/article.entity';
import type { RequestContext } from '../graphql/context';
import { connectionNodeFields } from '../graphql/lookahead/node-fields';
import type { ConnectionValue } from '../graphql/pagination/connection-type';
import { expectGlobalId, toGlobalId } from '../graphql/ids/global-id';
import { Location } from '../location/location.entity';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';
import { QuoteConnection } from './quote-connection';
import { quoteIncludes } from './quote-includes';
import { QuotePageArgs } from './quote-page.args';
import { Quote } from './quote.entity';

const TOP_LEVEL = 0;

/** Quotes: the top-level lookups and each quote's links. */
@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: 'One quote by id; null when there is none.' })
  quote(@Arg('id', () => ID, { description: 'The quote id.' }) id: string, @Ctx() context: RequestContext) {
    return context.loaders.quote().load(expectGlobalId(id, 'Quote'));
  }

  @Query(() => QuoteConnection, {
    description: 'Quotes, newest first (by relevance when `filter.rankByRelevance`), optionally filtered.',
  })
  quotes(
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Quote>> {
    return context.loaders.quotePages('all', args, quoteIncludes(connectionNodeFields(info))).load(TOP_LEVEL);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id of this quote.' })
  id(@Root() quote: Quote): string {
    return toGlobalId('Quote', quote.id);
  }

  @FieldResolver(() => Speaker, {
    nullable: true,
    description: 'Who said it; null only when nobody can be named.',
  })
  speaker(@Root() quote: Quote, @Ctx() context: RequestContext) {
    return quote.speakerId === null ? null : context.loaders.speaker().load(quote.speakerId);
  }

  @FieldResolver(() => Article, { description: 'The article the quote appears in.' })
  article(@Root() quote: Quote, @Ctx() context: RequestContext) {
    return context.loaders.article().load(quote.articleId);
  }

  @FieldResolver(() => [Topic], { description: 'The topics the quote is about.' })
  topics(@Root() quote: Quote, @Ctx() context: RequestContext) {
    return context.loaders.quoteTopics().load(quote.id);
  }

  @FieldResolver(() => [Location], { description: 'The places named inside the quote.' })
  locations(@Root() quote: Quote, @Ctx() context: RequestContext) {
    return context.loaders.quoteLocations().load(quote.id);
  }
}

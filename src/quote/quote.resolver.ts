import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Article } from '../article/article.entity';
import type { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/ids/global-id';
import { LocationCount } from '../location/location-count.type';
import { Location } from '../location/location.entity';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';
import { QuoteBucket } from './quote-bucket.type';
import { QuoteConnection } from './quote-connection';
import { QuoteCountArgs } from './quote-counts';
import { QuotePageArgs } from './quote-page.args';
import { Quote } from './quote.entity';
import { QuoteTimelineArgs } from './quote-timeline';
import { QUOTE, QUOTE_ROOTS } from './quote.relations';

/** Quotes: the top-level lookups and each quote's links, read as quote.relations.ts describes them. */
@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: 'One quote by id; null when there is none.' })
  quote(@Arg('id', () => ID, { description: 'The quote id.' }) id: string, @Ctx() context: RequestContext) {
    return context.loaders.lookup(QUOTE_ROOTS.quote, { id });
  }

  @Query(() => QuoteConnection, {
    description: 'Quotes, newest first (by relevance when `filter.rankByRelevance`), optionally filtered.',
  })
  quotes(
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(QUOTE_ROOTS.quotes, null, args, info);
  }

  @Query(() => [QuoteBucket], {
    description:
      "How many quotes match the filter per day, week or month (by the article's publication, else ingest, in UTC), from the first bucket with a match to the last, empty ones included.",
  })
  quoteTimeline(@Args(() => QuoteTimelineArgs) args: QuoteTimelineArgs, @Ctx() context: RequestContext) {
    return context.loaders.values(QUOTE_ROOTS.quoteTimeline, args);
  }

  @Query(() => [LocationCount], {
    description:
      'The places the matching quotes name, most quoted first, with how many name each: what a map of a result shows.',
  })
  quoteLocations(@Args(() => QuoteCountArgs) args: QuoteCountArgs, @Ctx() context: RequestContext) {
    return context.loaders.ranked(QUOTE_ROOTS.quoteLocations, null, args);
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
    return context.loaders.one(QUOTE.relations.speaker, quote);
  }

  @FieldResolver(() => Article, { description: 'The article the quote appears in.' })
  article(@Root() quote: Quote, @Ctx() context: RequestContext) {
    return context.loaders.one(QUOTE.relations.article, quote);
  }

  @FieldResolver(() => [Topic], { description: 'The topics the quote is about.' })
  topics(@Root() quote: Quote, @Ctx() context: RequestContext) {
    return context.loaders.list(QUOTE.relations.topics, quote);
  }

  @FieldResolver(() => [Location], { description: 'The places named inside the quote.' })
  locations(@Root() quote: Quote, @Ctx() context: RequestContext) {
    return context.loaders.list(QUOTE.relations.locations, quote);
  }
}

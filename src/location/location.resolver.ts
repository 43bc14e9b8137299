import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ArticleConnection } from '../article/article-connection';
import type { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/ids/global-id';
import { PageArgs } from '../graphql/pagination/page-args';
import { QuoteConnection } from '../quote/quote-connection';
import { QuotePageArgs } from '../quote/quote-page.args';
import { LocationConnection } from './location-connection';
import { LocationListArgs } from './location-list.args';
import { Location } from './location.entity';
import { LOCATION, LOCATION_ROOTS } from './location.relations';

/** Locations: lookups by id or slug, the list, and each place's parent, quotes and articles. */
@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { nullable: true, description: 'One place by id or slug (give exactly one).' })
  location(
    @Arg('id', () => ID, { nullable: true, description: 'The location id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'The location slug, e.g. "belarus".' })
    slug: string | null,
    @Ctx() context: RequestContext,
  ) {
    return context.loaders.lookup(LOCATION_ROOTS.location, { id, slug });
  }

  @Query(() => LocationConnection, { description: 'Places named in the articles, by name.' })
  locations(
    @Args(() => LocationListArgs) args: LocationListArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(LOCATION_ROOTS.locations, null, args, info);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id of this place.' })
  id(@Root() location: Location): string {
    return toGlobalId('Location', location.id);
  }

  @FieldResolver(() => Location, {
    nullable: true,
    description: 'The place that contains this one: Narovlya District → Gomel Region → Belarus.',
  })
  parent(@Root() location: Location, @Ctx() context: RequestContext) {
    return context.loaders.one(LOCATION.relations.parent, location);
  }

  @FieldResolver(() => QuoteConnection, {
    description: 'Quotes naming this place or any place inside it, newest first, optionally filtered.',
  })
  quotes(
    @Root() location: Location,
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(LOCATION.relations.quotes, location, args, info);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles naming this place or any place inside it, newest first.',
  })
  articles(
    @Root() location: Location,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(LOCATION.relations.articles, location, args, info);
  }
}

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
import { locationSearchConditions } from './location-search';
import { QuoteConnection } from '../quote/quote-connection';
import { quoteIncludes } from '../quote/quote-includes';
import { QuotePageArgs } from '../quote/quote-page.args';
import type { Quote } from '../quote/quote.entity';
import { LocationConnection } from './location-connection';
import { LocationKind } from './location-kind';
import { Location } from './location.entity';

@ArgsType()
class LocationListArgs extends PageArgs {
  @Field(() => LocationKind, { nullable: true, description: 'Only places of this kind.' })
  kind?: LocationKind | null;

  @Field(() => String, { nullable: true, description: 'Only places whose name starts with this text.' })
  search?: string | null;
}

/** Locations: lookups by id or slug, the list, and each place's parent, quotes and articles. */
@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { nullable: true, description: 'One place by id or slug (give exactly one).' })
  location(
    @Arg('id', () => ID, { nullable: true, description: 'The location id.' }) id: string | null,
    @Arg('slug', () => String, { nullable: true, description: 'The location slug, e.g. "belarus".' })
    slug: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Location | null> {
    return findByIdOrKey(
      context.dataSource,
      { typeName: 'Location', entity: Location, byId: context.loaders.location, key: SLUG_KEY },
      id,
      slug,
    );
  }

  @Query(() => LocationConnection, { description: 'Places named in the articles, by name.' })
  locations(
    @Args(() => LocationListArgs) args: LocationListArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionValue<Location>> {
    return nameSortedPage(context.dataSource, Location, args, (params) =>
      locationSearchConditions(args, params),
    );
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
    return location.parentId === null ? null : context.loaders.location().load(location.parentId);
  }

  @FieldResolver(() => QuoteConnection, {
    description: 'Quotes naming this place or any place inside it, newest first, optionally filtered.',
  })
  quotes(
    @Root() location: Location,
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Quote>> {
    return context.loaders
      .quotePages('location', args, quoteIncludes(connectionNodeFields(info)))
      .load(location.id);
  }

  @FieldResolver(() => ArticleConnection, {
    description: 'Articles naming this place or any place inside it, newest first.',
  })
  articles(
    @Root() location: Location,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionValue<Article>> {
    return context.loaders.articlePages('location', args).load(location.id);
  }
}

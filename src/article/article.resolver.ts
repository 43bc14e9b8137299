import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { toGlobalId } from '../graphql/ids/global-id';
import { Location } from '../location/location.entity';
import { QuoteConnection } from '../quote/quote-connection';
import { QuotePageArgs } from '../quote/quote-page.args';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';
import { ArticleConnection } from './article-connection';
import { ArticlePageArgs } from './article-page.args';
import { Article } from './article.entity';
import { ARTICLE, ARTICLE_ROOTS } from './article.relations';

/** Articles: the top-level lookups and each article's quotes, speakers, places and topics. */
@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description: 'One article by id or by URL (give exactly one); null when there is none.',
  })
  article(
    @Arg('id', () => ID, { nullable: true, description: 'The article id.' }) id: string | null,
    @Arg('url', () => String, { nullable: true, description: 'The URL it was ingested with.' })
    url: string | null,
    @Ctx() context: RequestContext,
  ) {
    return context.loaders.lookup(ARTICLE_ROOTS.article, { id, url });
  }

  @Query(() => ArticleConnection, {
    description:
      'Articles, newest first (published, else ingested; by relevance when `filter.rankByRelevance`), optionally filtered.',
  })
  articles(
    @Args(() => ArticlePageArgs) args: ArticlePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(ARTICLE_ROOTS.articles, null, args, info);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id of this article.' })
  id(@Root() article: Article): string {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => String, {
    description: 'The normalised text, one paragraph a line; quote offsets refer to this text.',
  })
  body(@Root() article: Article, @Ctx() context: RequestContext) {
    return context.loaders.deferred<string>(ARTICLE.relations.body, article);
  }

  @FieldResolver(() => QuoteConnection, {
    description: "The article's quotes in reading order, optionally filtered.",
  })
  quotes(
    @Root() article: Article,
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(ARTICLE.relations.quotes, article, args, info);
  }

  @FieldResolver(() => [Speaker], { description: 'Everyone quoted in the article, in order of first quote.' })
  speakers(@Root() article: Article, @Ctx() context: RequestContext) {
    return context.loaders.list(ARTICLE.relations.speakers, article);
  }

  @FieldResolver(() => [Location], { description: 'The places the article names.' })
  locations(@Root() article: Article, @Ctx() context: RequestContext) {
    return context.loaders.list(ARTICLE.relations.locations, article);
  }

  @FieldResolver(() => [Topic], { description: "The topics of the article's quotes." })
  topics(@Root() article: Article, @Ctx() context: RequestContext) {
    return context.loaders.list(ARTICLE.relations.topics, article);
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { findByIdOrKey } from '../db/find-by-id-or-key';
import { URL_KEY } from '../db/find-by-key';
import type { RequestContext } from '../graphql/context';
import { connectionNodeFields } from '../graphql/lookahead/node-fields';
import { toGlobalId } from '../graphql/ids/global-id';
import type { ConnectionValue } from '../graphql/pagination/connection-type';
import { Location } from '../location/location.entity';
import { QuoteConnection } from '../quote/quote-connection';
import { quoteIncludes } from '../quote/quote-includes';
import { QuotePageArgs } from '../quote/quote-page.args';
import type { Quote } from '../quote/quote.entity';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';
import { ArticleConnection } from './article-connection';
import { ArticlePageArgs } from './article-page.args';
import { Article } from './article.entity';

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
  ): Promise<Article | null> {
    return findByIdOrKey(
      context.dataSource,
      { typeName: 'Article', entity: Article, byId: context.loaders.article, key: URL_KEY },
      id,
      url,
    );
  }

  @Query(() => ArticleConnection, {
    description:
      'Articles, newest first (published, else ingested; by relevance when `filter.rankByRelevance`), optionally filtered.',
  })
  articles(
    @Args(() => ArticlePageArgs) args: ArticlePageArgs,
    @Ctx() context: RequestContext,
  ): Promise<ConnectionValue<Article>> {
    return context.loaders.articlePages('all', args).load(0);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id of this article.' })
  id(@Root() article: Article): string {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => String, {
    description: 'The normalised text, one paragraph a line; quote offsets refer to this text.',
  })
  body(@Root() article: Article, @Ctx() context: RequestContext): string | Promise<string> {
    return article.body ?? context.loaders.articleBody().load(article.id);
  }

  @FieldResolver(() => QuoteConnection, {
    description: "The article's quotes in reading order, optionally filtered.",
  })
  quotes(
    @Root() article: Article,
    @Args(() => QuotePageArgs) args: QuotePageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Quote>> {
    return context.loaders
      .quotePages('article', args, quoteIncludes(connectionNodeFields(info)))
      .load(article.id);
  }

  @FieldResolver(() => [Speaker], { description: 'Everyone quoted in the article, in order of first quote.' })
  speakers(@Root() article: Article, @Ctx() context: RequestContext) {
    return context.loaders.articleSpeakers().load(article.id);
  }

  @FieldResolver(() => [Location], { description: 'The places the article names.' })
  locations(@Root() article: Article, @Ctx() context: RequestContext) {
    return context.loaders.articleLocations().load(article.id);
  }

  @FieldResolver(() => [Topic], { description: "The topics of the article's quotes." })
  topics(@Root() article: Article, @Ctx() context: RequestContext) {
    return context.loaders.articleTopics().load(article.id);
  }
}

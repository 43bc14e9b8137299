import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { deleteArticle } from '../article/article.service';
import { RequireApiToken } from '../graphql/auth/require-api-token';
import type { RequestContext } from '../graphql/context';
import { expectGlobalId } from '../graphql/ids/global-id';
import { IngestArticleInput } from './ingest-article.input';
import { IngestArticlePayload } from './ingest-article.payload';
import { ingestArticle } from './ingest-article';
import { validateArticleInput } from './validate-article-input';

/** The write side: ingesting and deleting articles. Every mutation needs the API token. */
@Resolver()
export class IngestResolver {
  @Mutation(() => IngestArticlePayload, {
    description:
      'Extracts quotes, speakers, places and topics from an article and stores them in one transaction. The same URL or text again stores nothing and returns the copy with `created: false`. Needs the API token.',
  })
  @UseMiddleware(RequireApiToken)
  async ingestArticle(
    @Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput,
    @Ctx() context: RequestContext,
  ): Promise<IngestArticlePayload> {
    const article = validateArticleInput(input, { maxBodyBytes: context.maxArticleBytes });
    return ingestArticle(context.dataSource, article);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes an article with its quotes and their links; speakers and places stay. False when there was no such article. Needs the API token.',
  })
  @UseMiddleware(RequireApiToken)
  deleteArticle(
    @Arg('id', () => ID, { description: 'The article id.' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return deleteArticle(context.dataSource, expectGlobalId(id, 'Article'));
  }
}

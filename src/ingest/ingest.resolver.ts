import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { deleteArticle } from '../article/article.service';
import { RequireApiToken } from '../graphql/auth/require-api-token';
import type { RequestContext } from '../graphql/context';
import { expectGlobalId } from '../graphql/ids/global-id';
import { IngestArticleInput } from './ingest-article.input';
import { IngestArticlePayload } from './ingest-article.payload';
import { ingestArticle } from './ingest-article';
import { updateArticle } from './update-article';
import { validateArticleInput } from './validate-article-input';

/** The write side: ingesting, correcting and deleting articles. Every mutation needs the API token. */
@Resolver()
export class IngestResolver {
  @Mutation(() => IngestArticlePayload, {
    description:
      'Extracts quotes, speakers, places and topics from an article and stores them in one transaction. The same URL or text again stores nothing and returns the copy with `created: false, updated: false`; the same URL (or text) with a correction replaces the stored article and its quotes in one transaction (`updated: true`), keeping the ids of quotes that did not change and the editorial fixes. Needs the API token.',
  })
  @UseMiddleware(RequireApiToken)
  async ingestArticle(
    @Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput,
    @Ctx() context: RequestContext,
  ): Promise<IngestArticlePayload> {
    const article = validateArticleInput(input, { maxBodyBytes: context.maxArticleBytes });
    return ingestArticle(context.dataSource, article);
  }

  @Mutation(() => IngestArticlePayload, {
    description:
      "Replaces a stored article by its corrected version, as `ingestArticle` does for a known URL: text and publication details, quotes extracted again (ids of unchanged quotes kept), editorial fixes applied again, speakers left without quotes removed. A URL given becomes the article's; none keeps the stored one. `updated: false` when nothing differs. NOT_FOUND for an unknown id. Needs the API token.",
  })
  @UseMiddleware(RequireApiToken)
  async updateArticle(
    @Arg('id', () => ID, { description: 'The article id.' }) id: string,
    @Arg('input', () => IngestArticleInput, { description: 'The corrected article.' })
    input: IngestArticleInput,
    @Ctx() context: RequestContext,
  ): Promise<IngestArticlePayload> {
    const articleId = expectGlobalId(id, 'Article');
    const article = validateArticleInput(input, { maxBodyBytes: context.maxArticleBytes });
    return updateArticle(context.dataSource, articleId, id, article);
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

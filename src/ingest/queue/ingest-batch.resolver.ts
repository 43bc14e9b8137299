import { Arg, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RequireApiToken } from '../../graphql/auth/require-api-token';
import type { RequestContext } from '../../graphql/context';
import { IngestArticleInput } from '../ingest-article.input';
import { enqueueArticles } from './enqueue-articles';
import { IngestBatch } from './ingest-batch.entity';
import { loadIngestBatch } from './load-ingest-batch';
import { validateBatchInput } from './validate-batch-input';

/** Articles sent to the ingest workers in batches, and how far each batch has got. */
@Resolver(() => IngestBatch)
export class IngestBatchResolver {
  @Query(() => IngestBatch, {
    nullable: true,
    description:
      'A batch enqueued by `enqueueArticles` or `reextractArticles` (or `npm run ingest|reextract -- --queue`), with its counts so far; null when no batch has that id.',
  })
  ingestBatch(
    @Arg('id', () => ID, { description: 'The batch id `enqueueArticles` or `reextractArticles` returned.' })
    id: string,
    @Ctx() context: RequestContext,
  ): Promise<IngestBatch | null> {
    return loadIngestBatch(context.dataSource, id);
  }

  @Mutation(() => IngestBatch, {
    description:
      'Validates articles as `ingestArticle` does and enqueues them for the ingest workers (`npm run worker`), one job each, retried with backoff; returns the batch at once, all pending. Up to 1,000 articles a call; nothing is enqueued when any is invalid. Needs the API token.',
  })
  @UseMiddleware(RequireApiToken)
  async enqueueArticles(
    @Arg('input', () => [IngestArticleInput], {
      description: 'The articles, in the order `failures` indexes.',
    })
    input: IngestArticleInput[],
    @Ctx() context: RequestContext,
  ): Promise<IngestBatch> {
    const articles = validateBatchInput(input, { maxBodyBytes: context.maxArticleBytes });
    const { batchId: id } = await enqueueArticles(
      context.dataSource,
      articles.map((article) => ({ article })),
    );
    const batch = await loadIngestBatch(context.dataSource, id);
    if (!batch) throw new Error(`batch ${id} vanished after it was enqueued`);
    return batch;
  }
}

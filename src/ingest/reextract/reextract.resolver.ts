import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { RequireApiToken } from '../../graphql/auth/require-api-token';
import type { RequestContext } from '../../graphql/context';
import { IngestBatch } from '../queue/ingest-batch.entity';
import { loadIngestBatch } from '../queue/load-ingest-batch';
import { enqueueReextraction } from './enqueue-reextraction';

/** Stored articles sent to the workers to be extracted again by the current extractor. */
@Resolver()
export class ReextractResolver {
  @Mutation(() => IngestBatch, {
    description:
      'Enqueues one job per stored article for the workers (`npm run worker`) to run the current extractor again over its stored text, as `npm run reextract` does; returns the batch at once, all pending. In the batch, `stored` counts articles whose quotes or links changed, `unchanged` those that stayed, `failed` those deleted meanwhile or failing every retry. Quote ids whose words and speaker stay are kept. Needs the API token.',
  })
  @UseMiddleware(RequireApiToken)
  async reextractArticles(
    @Arg('outdatedOnly', () => Boolean, {
      defaultValue: true,
      description:
        'Only articles not extracted by the current extractor version (true, the default), or every stored article (false).',
    })
    outdatedOnly: boolean,
    @Ctx() context: RequestContext,
  ): Promise<IngestBatch> {
    const id = await enqueueReextraction(context.dataSource, outdatedOnly ? 'outdated' : 'all');
    const batch = await loadIngestBatch(context.dataSource, id);
    if (!batch) throw new Error(`batch ${id} vanished after it was enqueued`);
    return batch;
  }
}

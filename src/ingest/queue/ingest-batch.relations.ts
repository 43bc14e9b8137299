import { resolverOnly } from '../../graphql/relations';

/** The root field reading a batch's progress: the queue's state, outside the read model. */
export const INGEST_BATCH_ROOTS = {
  ingestBatch: resolverOnly(
    'a batch’s progress is written by workers and polled while it changes; it is counted live, not compiled',
  ),
};

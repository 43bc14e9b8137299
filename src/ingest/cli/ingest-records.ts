import type { DataSource } from 'typeorm';
import { ingestArticle } from '../ingest-article';
import { validateArticleInput } from '../validate-article-input';
import { reasonOf, type ArticleRecord } from './article-record';
import type { Progress } from './progress';

/** What a run did: how many articles were new or already stored, and each failure with its origin. */
export interface IngestTally {
  created: number;
  unchanged: number;
  failed: { origin: string; reason: string }[];
}

/** What a run needs: the database, the article size limit, how many at once, and a progress reporter. */
export interface IngestRecordsOptions {
  dataSource: DataSource;
  maxArticleBytes: number;
  concurrency: number;
  progress: Progress;
}

/**
 * Given records read from the input, ingests the articles among them, `concurrency` at a time (each
 * in its own transaction, so one failure loses nothing else), and returns the tally. Failures are
 * listed in input order whatever order they finished in.
 */
export async function ingestRecords(
  records: readonly ArticleRecord[],
  options: IngestRecordsOptions,
): Promise<IngestTally> {
  const outcomes: ('created' | 'unchanged' | { origin: string; reason: string })[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < records.length) {
      const index = next++;
      const record = records[index] as ArticleRecord;
      if ('error' in record) {
        outcomes[index] = { origin: record.origin, reason: record.error };
      } else {
        try {
          const article = validateArticleInput(record.article, { maxBodyBytes: options.maxArticleBytes });
          outcomes[index] = (await ingestArticle(options.dataSource, article)).created
            ? 'created'
            : 'unchanged';
        } catch (error) {
          outcomes[index] = { origin: record.origin, reason: reasonOf(error) };
        }
      }
      options.progress.advance();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return {
    created: outcomes.filter((outcome) => outcome === 'created').length,
    unchanged: outcomes.filter((outcome) => outcome === 'unchanged').length,
    failed: outcomes.filter((outcome) => typeof outcome === 'object'),
  };
}

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
 * Given records (read from the input, or generated as they are taken), ingests the articles among them, `concurrency` at a time (each
 * in its own transaction, so one failure loses nothing else), and returns the tally. Failures are
 * listed in input order whatever order they finished in.
 */
export async function ingestRecords(
  records: Iterable<ArticleRecord>,
  options: IngestRecordsOptions,
): Promise<IngestTally> {
  const outcomes: ('created' | 'unchanged' | { origin: string; reason: string })[] = [];
  // Workers pull from one iterator, so a generated input (a million articles) is never held whole.
  const pending = records[Symbol.iterator]();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let item = pending.next(); !item.done; item = pending.next()) {
      const index = next++;
      const record = item.value;
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

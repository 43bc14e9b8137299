import type { DataSource } from 'typeorm';
import { ingestArticle } from '../ingest-article';
import { validateArticleInput } from '../validate-article-input';
import { reasonOf, type ArticleRecord } from './article-record';
import type { Progress } from './progress';

/** One article that could not be stored: where it came from and why. */
export interface IngestFailure {
  origin: string;
  reason: string;
}

/**
 * What a run did: how many articles were new, corrected or already stored, how many failed, and the first
 * `MAX_LISTED_FAILURES` failures with their origin (a run over a broken archive must not hold
 * a million messages).
 */
export interface IngestTally {
  created: number;
  /** Known articles whose text changed: replaced by the new version. */
  updated: number;
  unchanged: number;
  failedCount: number;
  failed: IngestFailure[];
}

/** How many failures a tally lists by name; the rest are counted. */
export const MAX_LISTED_FAILURES = 1_000;

/** What a run needs: the database, the article size limit, how many at once, and a progress reporter. */
export interface IngestRecordsOptions {
  dataSource: DataSource;
  maxArticleBytes: number;
  concurrency: number;
  progress: Progress;
}

/**
 * Given records (read from the input, or generated as they are taken), ingests the articles among
 * them, `concurrency` at a time (each in its own transaction, so one failure loses nothing else),
 * and returns the tally. The workers pull from one iterator, one record each, so a reader is asked
 * for the next record only when a worker is free: nothing queues up however large the input, and
 * memory holds `concurrency` articles. Failures are listed in input order whatever order they
 * finished in.
 */
export async function ingestRecords(
  records: Iterable<ArticleRecord> | AsyncIterable<ArticleRecord>,
  options: IngestRecordsOptions,
): Promise<IngestTally> {
  const tally: IngestTally = { created: 0, updated: 0, unchanged: 0, failedCount: 0, failed: [] };
  const listed: (IngestFailure & { index: number })[] = [];
  const fail = (index: number, origin: string, reason: string): void => {
    tally.failedCount += 1;
    listed.push({ index, origin, reason });
    // Keep the earliest in input order; one sort now and then keeps pushing cheap.
    if (listed.length > MAX_LISTED_FAILURES * 2) {
      listed.sort((a, b) => a.index - b.index);
      listed.length = MAX_LISTED_FAILURES;
    }
  };
  const pending =
    Symbol.asyncIterator in records ? records[Symbol.asyncIterator]() : records[Symbol.iterator]();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let item = await pending.next(); !item.done; item = await pending.next()) {
      const index = next++;
      const record = item.value;
      if ('error' in record) {
        fail(index, record.origin, record.error);
      } else {
        try {
          const article = validateArticleInput(record.article, { maxBodyBytes: options.maxArticleBytes });
          const outcome = await ingestArticle(options.dataSource, article);
          if (outcome.created) tally.created += 1;
          else if (outcome.updated) tally.updated += 1;
          else tally.unchanged += 1;
        } catch (error) {
          fail(index, record.origin, reasonOf(error));
        }
      }
      options.progress.advance();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  listed.sort((a, b) => a.index - b.index);
  tally.failed = listed.slice(0, MAX_LISTED_FAILURES).map(({ origin, reason }) => ({ origin, reason }));
  return tally;
}

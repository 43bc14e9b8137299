import type { ArticleToIngest } from '../validate-article-input';

/** One article as it travels in a job: validated at enqueue, dates as ISO strings (jobs are JSON). */
export interface QueuedArticle {
  title: string;
  body: string;
  url: string | null;
  source: string | null;
  dateline: string | null;
  publishedAt: string | null;
}

/** What an ingest job carries: its batch, its place in it, and the article. */
export interface IngestJobData {
  batchId: string;
  index: number;
  article: QueuedArticle;
}

/** Given a validated article, returns it as a job carries it. */
export function toQueuedArticle(article: ArticleToIngest): QueuedArticle {
  return { ...article, publishedAt: article.publishedAt?.toISOString() ?? null };
}

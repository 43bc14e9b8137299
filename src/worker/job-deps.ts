import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/** What a job handler needs from its process. */
export interface JobDeps {
  dataSource: DataSource;
  maxArticleBytes: number;
  logger: Logger;
}

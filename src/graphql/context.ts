import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { RequestLoaders } from './loaders/request-loaders';

/** What every resolver of one request sees. */
export interface RequestContext {
  readonly requestId: string;
  readonly dataSource: DataSource;
  readonly loaders: RequestLoaders;
  /** True when the request carried `Authorization: Bearer <API_TOKEN>`. */
  readonly isAuthenticated: boolean;
  readonly logger: Logger;
  /** The largest article body `ingestArticle` accepts, in bytes of UTF-8. */
  readonly maxArticleBytes: number;
}

/** Given the request's facts, returns its context with fresh (empty) DataLoaders. */
export function createRequestContext(options: Omit<RequestContext, 'loaders'>): RequestContext {
  return { ...options, loaders: new RequestLoaders(options.dataSource) };
}

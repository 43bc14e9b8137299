import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { RequestLoaders } from './loaders/request-loaders';
import type { RelationRegistry } from './relations';

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

/** Given the request's facts and the relations, returns its context with fresh (empty) DataLoaders. */
export function createRequestContext(
  options: Omit<RequestContext, 'loaders'> & { registry: RelationRegistry },
): RequestContext {
  const { registry, ...facts } = options;
  return { ...facts, loaders: new RequestLoaders(options.dataSource, registry) };
}

import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Credentials } from './auth/bearer-token';
import { RequestLoaders } from './loaders/request-loaders';
import type { RelationRegistry } from './relations';

/** Who makes an editorial fix, as the audit log records it. */
export interface EditorIdentity {
  /** The name the editor gave (`X-Editor` header), else "editor". */
  readonly name: string;
  /** The first 12 hex digits of the token's SHA-256: which token, without the token. */
  readonly tokenDigest: string;
}

/** What every resolver of one request sees. */
export interface RequestContext {
  readonly requestId: string;
  readonly dataSource: DataSource;
  readonly loaders: RequestLoaders;
  /** Whether the request carried `Authorization: Bearer <API_TOKEN>`, no such header, or a wrong one. */
  readonly credentials: Credentials;
  /** The editor behind the token; null without it. */
  readonly editor: EditorIdentity | null;
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

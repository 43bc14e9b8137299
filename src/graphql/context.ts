import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { RequestReads } from '../db/replicas';
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
  /** Where this request's SQL runs: the primary, or for a query a replica when replicas serve reads. */
  readonly dataSource: DataSource;
  /** The request's routing between primary and replicas. */
  readonly reads: RequestReads;
  readonly loaders: RequestLoaders;
  /** Whether the request carried `Authorization: Bearer <API_TOKEN>`, no such header, or a wrong one. */
  readonly credentials: Credentials;
  /** The editor behind the token; null without it. */
  readonly editor: EditorIdentity | null;
  readonly logger: Logger;
  /** The largest article body `ingestArticle` accepts, in bytes of UTF-8. */
  readonly maxArticleBytes: number;
}

type RequestFacts = Omit<RequestContext, 'loaders' | 'dataSource' | 'reads'>;

/**
 * Given the request's facts, the primary and the relations, returns its context with fresh
 * (empty) DataLoaders, made on first use on whichever data source the request is routed to by
 * then. Without `reads` every statement goes to the primary.
 */
export function createRequestContext(
  options: RequestFacts & { dataSource: DataSource; registry: RelationRegistry; reads?: RequestReads },
): RequestContext {
  const { registry, dataSource, reads = new RequestReads(null, dataSource, null), ...facts } = options;
  let loaders: RequestLoaders | undefined;
  // Getters on the prototype: Apollo copies a context's own properties once per operation, before
  // the operation is known and routed, and the copy keeps the prototype (and so these getters).
  const routed = {
    get dataSource(): DataSource {
      return reads.dataSource;
    },
    get loaders(): RequestLoaders {
      loaders ??= new RequestLoaders(reads.dataSource, registry);
      return loaders;
    },
  };
  return Object.assign(Object.create(routed) as RequestContext, facts, { reads });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataGeneration } from './data-generation';
import { etagOf, matchesIfNoneMatch } from './etag';

/** ETags remembered per process; past this the oldest is forgotten (it is then recomputed on demand). */
const MAX_REMEMBERED = 5_000;

/** What happened to a GET query that carried If-None-Match. */
export type RevalidationResult = 'not_modified_cached' | 'not_modified_rerun' | 'changed';

/** One GET request's way through the cache: answered early from memory, or stamped after running. */
export interface ConditionalRequest {
  /** Answers 304 from memory when the client's ETag is the one remembered for this generation; true when it did. */
  answerFromMemory(response: ServerResponse): boolean;
  /**
   * Given the answer's headers (as set on the response) and body: when it is cacheable, sets its
   * ETag and remembers it; answers 304 instead of the body when the client holds it. True when it did.
   */
  answerAfterRun(response: ServerResponse, body: string): boolean;
}

/** What the cache needs. */
export interface HttpCacheOptions {
  generation: DataGeneration;
  /** Told what each request with If-None-Match came to (the metrics count it). */
  onRevalidation?: (result: RevalidationResult) => void;
}

interface Remembered {
  etag: string;
  generation: number;
  cacheControl: string;
}

function send304(response: ServerResponse, etag: string, cacheControl: string): void {
  response.statusCode = 304;
  response.setHeader('etag', etag);
  response.setHeader('cache-control', cacheControl);
  response.setHeader('vary', 'accept');
  response.removeHeader('content-type');
  response.removeHeader('content-length');
  response.end();
}

/**
 * Returns the per-process ETag cache of GET queries: it remembers, by the request's query string
 * and Accept header, the ETag of the last answer and the data generation it was computed under.
 * A request whose `If-None-Match` holds that ETag while the generation is unchanged is answered
 * 304 without running anything; otherwise the query runs, and if the fresh answer's ETag is the
 * client's, it is still a 304 (the body is not sent). The generation is read before the query
 * runs, so an answer computed while a write commits is remembered under the older generation.
 */
export function createHttpCache(options: HttpCacheOptions) {
  const remembered = new Map<string, Remembered>();
  return {
    /** Given a request and its URL, returns its way through the cache; null for anything but GET. */
    begin(request: IncomingMessage, url: URL): ConditionalRequest | null {
      if (request.method !== 'GET') return null;
      const key = `${request.headers.accept ?? ''}\n${url.search}`;
      const generation = options.generation.current();
      const ifNoneMatch = request.headers['if-none-match'];
      return {
        answerFromMemory(response) {
          const entry = remembered.get(key);
          if (!ifNoneMatch || !entry || generation === null || entry.generation !== generation) return false;
          if (!matchesIfNoneMatch(ifNoneMatch, entry.etag)) return false;
          options.onRevalidation?.('not_modified_cached');
          send304(response, entry.etag, entry.cacheControl);
          return true;
        },
        answerAfterRun(response, body) {
          const cacheControl = response.getHeader('cache-control');
          if (
            response.statusCode !== 200 ||
            typeof cacheControl !== 'string' ||
            !cacheControl.startsWith('public')
          )
            return false;
          const etag = etagOf(body);
          response.setHeader('etag', etag);
          if (generation !== null) {
            remembered.delete(key);
            remembered.set(key, { etag, generation, cacheControl });
            if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
          }
          if (!ifNoneMatch) return false;
          const holds = matchesIfNoneMatch(ifNoneMatch, etag);
          options.onRevalidation?.(holds ? 'not_modified_rerun' : 'changed');
          if (holds) send304(response, etag, cacheControl);
          return holds;
        },
      };
    },
  };
}

/** The per-process ETag cache of GET queries. */
export type HttpCache = ReturnType<typeof createHttpCache>;

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import {
  InvalidReadAfterError,
  READ_AFTER_HEADER,
  requestReads,
  type ReadRouter,
  type RequestReads,
} from '../db/replicas';
import { countStatements } from '../db/statement-counter';
import { credentialsCheck, tokenDigest } from '../graphql/auth/bearer-token';
import { createRequestContext, type RequestContext } from '../graphql/context';
import type { RelationRegistry } from '../graphql/relations';
import type { HttpCache } from '../http-cache';
import { statusForClient } from './json-client-status';
import { PayloadTooLargeError, readBody } from './read-body';
import { sendError } from './send';
import { stampRequestId } from './stamp-request-id';

/** What the GraphQL endpoint needs. */
export interface GraphQLHandlerOptions {
  apollo: ApolloServer<RequestContext>;
  /** The primary. */
  dataSource: DataSource;
  /** Sends queries to read replicas; null when there are none. */
  readRouter: ReadRouter | null;
  /** The relations the per-request loaders read by. */
  registry: RelationRegistry;
  logger: Logger;
  apiToken: string;
  maxBodyBytes: number;
  maxArticleBytes: number;
  /** Adds `x-sql-statements` to responses: how many SQL statements the request cost (tests, benchmarks). */
  exposeStatementCount: boolean;
  /** ETags and 304s for GET queries; absent, nothing is cached (HTTP_CACHE_MAX_AGE=0). */
  httpCache?: HttpCache;
}

/** A caller's own `x-request-id`, kept when it is a plain token: it is echoed back and written to logs. */
function clientRequestId(request: IncomingMessage): string | undefined {
  const sent = request.headers['x-request-id'];
  return typeof sent === 'string' && /^[\w.:-]{1,100}$/.test(sent) ? sent : undefined;
}

/** The editor's own name for the audit log: one printable line of at most 80 characters, else "editor". */
function editorName(header: string | string[] | undefined): string {
  const name = typeof header === 'string' ? header.trim() : '';
  const printable = [...name].every((character) => character >= ' ' && character !== '\u007f');
  return name && name.length <= 80 && printable ? name : 'editor';
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (!text) return undefined;
  if (!/^application\/(json|graphql-response\+json)/i.test(contentType ?? '')) return text;
  return JSON.parse(text) as unknown;
}

/**
 * Given the server's parts, returns the `/graphql` request handler: reads the body within the size
 * limit (413 beyond it), parses JSON (400 when malformed), hands the request to Apollo with a fresh
 * per-request context, and streams Apollo's answer back.
 */
export function graphqlHandler(options: GraphQLHandlerOptions) {
  const credentialsOf = credentialsCheck(options.apiToken);
  const digest = tokenDigest(options.apiToken);
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const requestId = clientRequestId(request) ?? randomUUID();
    response.setHeader('x-request-id', requestId);
    const conditional = options.httpCache?.begin(request, url) ?? null;
    if (conditional?.answerFromMemory(response)) return;
    let body: unknown;
    try {
      body = parseBody(await readBody(request, options.maxBodyBytes), request.headers['content-type']);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        // The rest of the upload is not read: closing the connection is how the client learns to stop.
        response.setHeader('connection', 'close');
        sendError(
          response,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is limited to ${error.limit} bytes.`,
          {
            limit: 'MAX_BODY_BYTES',
            maximum: error.limit,
          },
        );
      } else {
        sendError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      }
      return;
    }
    let reads: RequestReads;
    try {
      reads = requestReads(options.readRouter, options.dataSource, request.headers[READ_AFTER_HEADER]);
    } catch (error) {
      if (!(error instanceof InvalidReadAfterError)) throw error;
      sendError(response, 400, 'BAD_REQUEST', error.message);
      return;
    }
    const execute = () =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method ?? 'GET',
          headers: toHeaderMap(request),
          search: url.search,
          body,
        },
        context: async () => {
          const credentials = credentialsOf(request.headers.authorization);
          return createRequestContext({
            requestId,
            dataSource: options.dataSource,
            reads,
            registry: options.registry,
            credentials,
            editor:
              credentials === 'valid'
                ? { name: editorName(request.headers['x-editor']), tokenDigest: digest }
                : null,
            logger: options.logger,
            maxArticleBytes: options.maxArticleBytes,
          });
        },
      });
    // Counting rides on AsyncLocalStorage, whose promise hooks cost every request: only when asked.
    const { result, statements } = options.exposeStatementCount
      ? await countStatements(execute)
      : { result: await execute(), statements: null };
    for (const [name, value] of result.headers) response.setHeader(name, value);
    // Read after the mutation committed: a read that sends it back sees the mutation's writes.
    const readAfter = await reads.positionAfterWrite();
    if (readAfter !== null) response.setHeader(READ_AFTER_HEADER, readAfter);
    if (statements !== null) response.setHeader('x-sql-statements', String(statements));
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.statusCode = statusForClient(
        response.statusCode,
        result.headers.get('content-type'),
        result.body.string,
      );
      if (conditional?.answerAfterRun(response, result.body.string)) return;
      const stamped = response.statusCode >= 500 ? stampRequestId(result.body.string, requestId) : null;
      if (stamped !== null) {
        options.logger.error(
          { requestId, status: response.statusCode },
          'GraphQL request failed before it could run',
        );
        response.removeHeader('content-length');
      }
      response.end(stamped ?? result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}

import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { RequestReads, type ReadRouter } from '../db/replicas';
import { plainData } from '../graphql/compiled';
import { createRequestContext, type RequestContext } from '../graphql/context';
import type { RelationRegistry } from '../graphql/relations';
import { csvRow } from './csv';
import { sendError } from './send';

// The largest page the API hands out: fewest round trips, memory bounded by one page.
const EXPORT_PAGE = `query ExportQuotes($filter: QuoteFilter, $orderBy: QuoteOrder, $after: String) {
  quotes(first: 100, after: $after, filter: $filter, orderBy: $orderBy) {
    pageInfo { hasNextPage endCursor }
    nodes { id text kind cue speaker { name role } article { title source publishedAt url } }
  }
}`;

const HEADER = [
  'quote_id',
  'speaker',
  'speaker_role',
  'text',
  'kind',
  'cue',
  'article',
  'outlet',
  'published_at',
  'url',
];

interface ExportedQuote {
  id: string;
  text: string;
  kind: string;
  cue: string | null;
  speaker: { name: string; role: string | null } | null;
  article: { title: string; source: string | null; publishedAt: string | null; url: string | null };
}

interface ExportPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ExportedQuote[];
}

/** A request the export refuses before writing anything: the client's mistake, told as JSON. */
class ExportRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

/** What the export needs: the same Apollo server, registry and database the API uses. */
export interface ExportQuotesOptions {
  apollo: ApolloServer<RequestContext>;
  dataSource: DataSource;
  /** Sends the export's pages to read replicas; null when there are none. */
  readRouter: ReadRouter | null;
  registry: RelationRegistry;
  logger: Logger;
  maxArticleBytes: number;
}

function readVariables(url: URL): Record<string, unknown> {
  const filterText = url.searchParams.get('filter');
  let filter: unknown = null;
  if (filterText) {
    try {
      filter = JSON.parse(filterText);
    } catch {
      throw new ExportRefused('"filter" is not valid JSON.', 400, 'BAD_REQUEST');
    }
  }
  return { filter, orderBy: url.searchParams.get('orderBy') || null };
}

/**
 * Given the API's parts, returns the handler of `GET /export/quotes.csv?filter=<QuoteFilter JSON>&orderBy=`:
 * every quote of the list `quotes(filter, orderBy)` as CSV, in the list's order, streamed one API
 * page at a time (each page runs through the same GraphQL path as any read, compiled to one statement)
 * and written only as fast as the client takes it. A bad filter answers 400 with the API's message
 * before any row; a failure after the first row cuts the connection, so a download is never a silent part.
 */
export function exportQuotesHandler(options: ExportQuotesOptions) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendError(response, 405, 'METHOD_NOT_ALLOWED', 'The export answers GET only.');
      return;
    }
    const requestId = randomUUID();
    response.setHeader('x-request-id', requestId);
    let closed = false;
    response.on('close', () => (closed = true));
    const fetchPage = async (
      variables: Record<string, unknown>,
      after: string | null,
    ): Promise<ExportPage> => {
      const result = await options.apollo.executeOperation(
        { query: EXPORT_PAGE, variables: { ...variables, after } },
        {
          contextValue: createRequestContext({
            requestId,
            dataSource: options.dataSource,
            reads: new RequestReads(options.readRouter, options.dataSource, null),
            registry: options.registry,
            credentials: 'missing',
            editor: null,
            logger: options.logger,
            maxArticleBytes: options.maxArticleBytes,
          }),
        },
      );
      if (result.body.kind !== 'single') throw new Error('the export query answered incrementally');
      const { data, errors } = result.body.singleResult;
      if (errors?.length) {
        const code = String(errors[0]?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
        const status = code === 'SERVICE_UNAVAILABLE' ? 503 : code === 'INTERNAL_SERVER_ERROR' ? 500 : 400;
        throw new ExportRefused(errors.map((error) => error.message).join(' '), status, code);
      }
      return (plainData(data) as { quotes: ExportPage }).quotes;
    };

    let wroteHead = false;
    try {
      const variables = readVariables(url);
      let page = await fetchPage(variables, null);
      response.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="quotes.csv"',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      wroteHead = true;
      if (request.method === 'HEAD') return void response.end();
      response.write(csvRow(HEADER));
      for (;;) {
        const lines = page.nodes.map((quote) =>
          csvRow([
            quote.id,
            quote.speaker?.name,
            quote.speaker?.role,
            quote.text,
            quote.kind,
            quote.cue,
            quote.article.title,
            quote.article.source,
            quote.article.publishedAt,
            quote.article.url,
          ]),
        );
        if (!response.write(lines.join('')) && !closed) await once(response, 'drain');
        if (closed || !page.pageInfo.hasNextPage) break;
        page = await fetchPage(variables, page.pageInfo.endCursor);
      }
      response.end();
    } catch (error) {
      if (!wroteHead && error instanceof ExportRefused) {
        sendError(response, error.status, error.code, error.message, { requestId });
        return;
      }
      options.logger.error({ err: error, requestId }, 'quote export failed');
      if (wroteHead) response.destroy();
      else sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.', { requestId });
    }
  };
}

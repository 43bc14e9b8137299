import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../graphql/context';
import { ErrorCode } from '../graphql/errors/error-code';
import type { AppMetrics, IngestOutcome, OperationOutcome } from './app-metrics';
import { operationLabeller } from './operation-label';

/** What the metrics plugin counts besides every operation. */
export interface MetricsPluginOptions {
  /** The root mutation fields that ingest one article and answer `{ created, updated? }`. */
  ingestFields: readonly string[];
}

/** Given the errors an answer carries, returns the outcome the request counter labels it with. */
function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): OperationOutcome {
  if (!errors?.length) return 'ok';
  const codes = errors.map((error) => error.extensions?.['code']);
  if (codes.includes(ErrorCode.RateLimited)) return 'rate_limited';
  if (codes.includes(ErrorCode.InternalServerError) || codes.includes(ErrorCode.ServiceUnavailable))
    return 'server_error';
  return 'client_error';
}

/**
 * Given the operation's resolved name, its document and the name the request asked for, returns the
 * name to count it under: also when validation refused it, the document still names it.
 */
function nameOf(
  resolved: string | null | undefined,
  document: DocumentNode | undefined,
  requested: string | undefined,
) {
  if (resolved) return resolved;
  return document ? (getOperationAST(document, requested)?.name?.value ?? null) : null;
}

/** Given what an ingest field resolved to, returns what it did to the stored article. */
function ingestOutcome(error: Error | null, result: unknown): IngestOutcome {
  if (error || result === null || typeof result !== 'object') return 'failed';
  const payload = result as { created?: unknown; updated?: unknown };
  if (payload.created === true) return 'created';
  return payload.updated === true ? 'updated' : 'unchanged';
}

/**
 * Given the app's metrics, returns the Apollo plugin that counts each operation by name and
 * outcome, times it, tells a compiled read from one the resolvers answered (the compiled-query
 * plugin, listed after this one, answers in `responseForOperation`; only the fallback starts
 * execution), and counts ingested articles by outcome. Field hooks are added to mutations only, so
 * reads pay nothing per field.
 */
export function metricsPlugin(
  metrics: AppMetrics,
  options: MetricsPluginOptions,
): ApolloServerPlugin<RequestContext> {
  const label = operationLabeller();
  const ingestFields = new Set(options.ingestFields);
  return {
    async requestDidStart() {
      const stopTimer = metrics.requestDuration.startTimer();
      let reachedExecution = false;
      let executed = false;
      return {
        async responseForOperation() {
          reachedExecution = true;
          return null;
        },
        async executionDidStart({ operation }) {
          executed = true;
          if (operation.operation !== 'mutation') return;
          return {
            willResolveField({ info }) {
              if (info.parentType.name !== 'Mutation' || !ingestFields.has(info.fieldName)) return;
              return (error, result) =>
                metrics.articlesIngested.inc({ outcome: ingestOutcome(error, result) });
            },
          };
        },
        async willSendResponse({ response, operationName, operation, document, request }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const name = label(nameOf(operationName, document, request.operationName));
          metrics.requests.inc({ operation: name, outcome: outcomeOf(errors) });
          stopTimer({ operation: name });
          if (reachedExecution && operation?.operation === 'query')
            metrics.queryPaths.inc({ path: executed ? 'resolvers' : 'compiled' });
        },
      };
    },
  };
}

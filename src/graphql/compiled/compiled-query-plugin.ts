import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { getVariableValues, GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { SLOW_STATEMENT_MS } from '../../db/data-source';
import { queryStatement, reserveStatementName } from '../../db/prepared-query';
import { sqlStateOf } from '../../db/sql-state';
import type { RequestContext } from '../context';
import { CodedError } from '../errors/coded-errors';
import { formatError } from '../errors/format-error';
import { isDatabaseUnavailable } from '../errors/is-database-unavailable';
import { logFailure } from '../plugins/log-failure';
import type { RelationRegistry } from '../relations';
import { NotCompilable } from './compile-context';
import { compileQuery, type QueryToCompile } from './compile-query';
import { CompiledQueryCache, type CachedCompile } from './compiled-query-cache';
import { jsonTextData } from './json-text-data';

/** How compiled queries are kept and prepared. */
export interface CompiledQueryOptions {
  /** Bytes of compiled SQL (with their keys) kept for reuse. */
  cacheBytes: number;
  /** Runs before a statement is prepared, so one-off queries never take a prepared-statement slot. */
  prepareAfterRuns: number;
  /** Longest statement worth preparing: Postgres holds its plan in every pooled session. */
  maxPreparedLength: number;
}

export const COMPILED_QUERY_DEFAULTS: CompiledQueryOptions = {
  cacheBytes: 16 * 1024 * 1024,
  prepareAfterRuns: 3,
  maxPreparedLength: 16_000,
};

// SQLSTATE classes that mean the compiler wrote a statement Postgres cannot run (syntax or access
// rule, feature not supported): the resolvers can still answer.
const COMPILER_BUG = /^(42|0A)/;

/**
 * Given a query with its raw variables, returns its compiled statement, or null when the resolvers
 * must answer: variables that do not coerce (graphql-js reports them), a shape the compiler leaves
 * to the resolvers, an argument they refuse with its coded error, or nothing to read. Any other
 * throw is a compiler bug: logged, and the resolvers answer.
 */
function compileOutcome(
  query: Omit<QueryToCompile, 'variables'> & { variables: Record<string, unknown> },
  logger: Logger,
): CachedCompile {
  const coerced = getVariableValues(query.schema, query.operation.variableDefinitions ?? [], query.variables);
  if (coerced.errors) {
    logger.debug({ reason: 'variables do not coerce' }, 'query not compiled; answered by resolvers');
    return null;
  }
  try {
    const compiled = compileQuery({ ...query, variables: coerced.coerced });
    return compiled && { compiled, runs: 0 };
  } catch (error) {
    if (error instanceof NotCompilable) {
      logger.debug({ reason: error.message }, 'query not compiled; answered by resolvers');
    } else if (error instanceof CodedError || error instanceof GraphQLError) {
      logger.debug({ reason: error.message }, 'query refused by the compiler; the resolvers answer');
    } else {
      logger.error({ err: error }, 'query compiler failed; answered by resolvers');
    }
    return null;
  }
}

/** Given why the statement failed, returns the response the resolvers would give: the coded error, masked if unexpected. */
function failedResponse(cause: unknown): GraphQLResponse {
  const error = new GraphQLError('The query failed.', {
    originalError: cause instanceof Error ? cause : undefined,
  });
  return {
    http: { status: undefined, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { data: null, errors: [formatError(error.toJSON(), error)] } },
  };
}

/**
 * Given how to keep and prepare statements, returns the plugin that answers each read query with
 * one SQL statement compiled from the whole operation, after Apollo has parsed and validated it
 * (so every limit still applies). What the compiler does not cover, variables that do not coerce
 * and arguments the resolvers refuse fall through to ordinary execution, which gives the same data
 * or the coded error. A failing statement answers with the error the resolvers would give (503
 * when the database is away, BAD_USER_INPUT for a value it refuses), without running them too,
 * unless the statement itself was at fault. Outcomes are cached by document and variables; a
 * statement that keeps coming back is prepared.
 */
export function compiledQueryPlugin(
  registry: RelationRegistry,
  options: CompiledQueryOptions = COMPILED_QUERY_DEFAULTS,
): ApolloServerPlugin<RequestContext> {
  const cache = new CompiledQueryCache(options.cacheBytes);
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          if (operation?.operation !== 'query') return null;
          const { dataSource, logger, requestId } = contextValue;
          const key = cache.key(document, request.operationName, request.variables);
          let entry = key === null ? undefined : cache.get(key);
          if (entry === undefined) {
            entry = compileOutcome(
              { schema, dataSource, registry, document, operation, variables: request.variables ?? {} },
              logger,
            );
            if (key !== null) cache.set(key, entry);
          }
          if (!entry) return null;
          const { compiled } = entry;
          entry.runs += 1;
          if (
            entry.statementName === undefined &&
            key !== null &&
            compiled.reusablePlan &&
            entry.runs >= options.prepareAfterRuns &&
            compiled.sql.length <= options.maxPreparedLength
          ) {
            entry.statementName = reserveStatementName(compiled.sql) ?? null;
          }
          try {
            const started = performance.now();
            const run = () =>
              queryStatement<{ data: string }>(
                contextValue.dataSource,
                compiled.sql,
                compiled.values,
                entry.statementName ?? undefined,
              );
            // A replica that went away since the last poll: the primary answers this read.
            const rows = await run().catch((error: unknown) => {
              if (isDatabaseUnavailable(error) && contextValue.reads.failOver(error)) return run();
              throw error;
            });
            const milliseconds = performance.now() - started;
            if (milliseconds > SLOW_STATEMENT_MS) {
              logger.warn(
                { milliseconds, query: compiled.sql.slice(0, 2_000), requestId },
                'slow SQL statement',
              );
            }
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: jsonTextData(rows[0]?.data ?? 'null') } },
            };
          } catch (error) {
            if (COMPILER_BUG.test(sqlStateOf(error))) {
              logger.warn({ err: error, requestId }, 'compiled query failed; answered by resolvers');
              return null;
            }
            logFailure(logger, error, { operationName: request.operationName, requestId });
            return failedResponse(error);
          }
        },
      };
    },
  };
}

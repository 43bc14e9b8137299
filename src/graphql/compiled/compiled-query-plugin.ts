import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { getVariableValues } from 'graphql';
import { SLOW_STATEMENT_MS } from '../../db/data-source';
import { queryPrepared } from '../../db/prepared-query';
import type { RequestContext } from '../context';
import { isDatabaseUnavailable } from '../errors/is-database-unavailable';
import { compileQuery, type QueryToCompile } from './compile-query';
import { CompiledQueryCache } from './compiled-query-cache';

/**
 * Given a query with its raw variables, returns its compiled statement, or null when the resolvers
 * must answer: variables that do not coerce (graphql-js reports them), a shape the compiler leaves
 * to the resolvers, an argument they refuse with its coded error, or nothing to read.
 */
function compileOutcome(query: Omit<QueryToCompile, 'variables'> & { variables: Record<string, unknown> }) {
  const coerced = getVariableValues(query.schema, query.operation.variableDefinitions ?? [], query.variables);
  if (coerced.errors) return null;
  try {
    return compileQuery({ ...query, variables: coerced.coerced });
  } catch {
    return null;
  }
}

/**
 * Answers each read query with one SQL statement compiled from the whole operation, after Apollo
 * has parsed and validated it (so every limit still applies). Anything the compiler does not
 * cover, variables that do not coerce, arguments the resolvers would refuse, and any failure of
 * the statement fall through to ordinary execution, which gives the same data or the coded error.
 * Outcomes are cached per document and variables, so a repeated query is not compiled again.
 */
export function compiledQueryPlugin(): ApolloServerPlugin<RequestContext> {
  const cache = new CompiledQueryCache();
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          if (operation?.operation !== 'query') return null;
          const key = cache.key(request.operationName, request.variables);
          let compiled = key === null ? undefined : cache.get(document, key);
          if (compiled === undefined) {
            compiled = compileOutcome({
              schema,
              dataSource: contextValue.dataSource,
              document,
              operation,
              variables: request.variables ?? {},
            });
            if (key !== null) cache.set(document, key, compiled);
          }
          if (!compiled) return null;
          try {
            const started = performance.now();
            const rows = await queryPrepared<{ data: Record<string, unknown> }>(
              contextValue.dataSource,
              compiled.sql,
              compiled.values,
              compiled.reusablePlan,
            );
            const milliseconds = performance.now() - started;
            if (milliseconds > SLOW_STATEMENT_MS) {
              contextValue.logger.warn(
                { milliseconds, query: compiled.sql, requestId: contextValue.requestId },
                'slow SQL statement',
              );
            }
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: rows[0]?.data ?? null } },
            };
          } catch (error) {
            // The database being away is the resolvers' to report (503); anything else is a compiler bug worth seeing.
            if (!isDatabaseUnavailable(error)) {
              contextValue.logger.warn(
                { err: error, requestId: contextValue.requestId },
                'compiled query failed; answered by resolvers',
              );
            }
            return null;
          }
        },
      };
    },
  };
}

import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { getVariableValues } from 'graphql';
import { queryPrepared } from '../../db/prepared-query';
import type { RequestContext } from '../context';
import { isDatabaseUnavailable } from '../errors/is-database-unavailable';
import { compileQuery } from './compile-query';

/**
 * Answers each read query with one SQL statement compiled from the whole operation, after Apollo
 * has parsed and validated it (so every limit still applies). Anything the compiler does not
 * cover, variables that do not coerce, arguments the resolvers would refuse, and any failure of
 * the statement fall through to ordinary execution, which gives the same data or the coded error.
 */
export function compiledQueryPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          if (operation?.operation !== 'query') return null;
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (coerced.errors) return null;
          let compiled;
          try {
            compiled = compileQuery({
              schema,
              dataSource: contextValue.dataSource,
              document,
              operation,
              variables: coerced.coerced,
            });
          } catch {
            // NotCompilable, or an argument the resolvers will refuse with its coded error.
            return null;
          }
          if (!compiled) return null;
          try {
            const rows = await queryPrepared<{ data: Record<string, unknown> }>(
              contextValue.dataSource,
              compiled.sql,
              compiled.values,
              compiled.reusablePlan,
            );
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

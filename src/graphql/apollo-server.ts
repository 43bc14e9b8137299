import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { compiledQueryPlugin, stringifyResult } from './compiled';
import type { RequestContext } from './context';
import { EXAMPLE_OPERATION, EXAMPLE_VARIABLES } from './example-operation';
import { formatError } from './errors/format-error';
import { queryLimitRules, type QueryLimits } from './limits';
import { sandboxLandingPage } from './plugins/landing-page';
import { readRoutingPlugin } from './plugins/read-routing';
import { requestLoggingPlugin } from './plugins/request-logging';
import type { RelationRegistry } from './relations';

/** How the GraphQL engine is set up. */
export interface ApolloOptions {
  schema: GraphQLSchema;
  /** What the compiler reads each field's SQL from. */
  registry: RelationRegistry;
  /** Checked before execution: tokens by the parser, the rest by validation rules. */
  limits: QueryLimits & { readonly tokens: number };
  /** Answer read queries with one compiled SQL statement each (else every field runs its resolver). */
  compileQueries: boolean;
  /** One short text line per operation (development) instead of a JSON object with fields. */
  compactRequestLog?: boolean;
  /** Plugins to run before the compiled-query plugin answers (metrics, limits, cache headers). */
  plugins?: readonly ApolloServerPlugin<RequestContext>[];
}

/**
 * Given the schema and the limits, returns the Apollo Server: introspection and the Sandbox on in
 * every environment (the schema is public documentation), CSRF prevention on, no batched requests,
 * operations over a limit refused with 400 before they run, and every unexpected error masked.
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // src/index.ts owns shutdown: Apollo's own SIGTERM handler would stop it at once and fail the
    // requests still in flight with a 500, then re-raise the signal before the pool is closed.
    stopOnTerminationSignals: false,
    // formatError never shows a stack, in any environment: Apollo need not build one.
    includeStacktraceInErrorResponses: false,
    // Apollo's own option, not graphql-armor's max-tokens plugin: that one answers 500 on Apollo 5.
    parseOptions: { maxTokens: options.limits.tokens },
    validationRules: queryLimitRules(options.limits),
    formatError,
    stringifyResult,
    plugins: [
      // Cache hints are unused here, and the plugin would wrap every field resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      sandboxLandingPage({
        embed: true,
        includeCookies: false,
        document: EXAMPLE_OPERATION,
        variables: EXAMPLE_VARIABLES,
        footer: false,
      }),
      requestLoggingPlugin({ compact: options.compactRequestLog ?? false }),
      ...(options.plugins ?? []),
      // Before the compiled query runs: it reads through the data source this routing chose.
      readRoutingPlugin(),
      ...(options.compileQueries ? [compiledQueryPlugin(options.registry)] : []),
    ],
  });
}

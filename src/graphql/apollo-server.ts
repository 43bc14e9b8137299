import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from './context';
import { EXAMPLE_OPERATION, EXAMPLE_VARIABLES } from './example-operation';
import { formatError } from './errors/format-error';
import { requestLoggingPlugin } from './plugins/request-logging';

/** How the GraphQL engine is set up. */
export interface ApolloOptions {
  schema: GraphQLSchema;
  production: boolean;
  maxTokens: number;
}

/**
 * Given the schema, returns the Apollo Server: introspection and the Sandbox on in every
 * environment (the schema is public documentation), CSRF prevention on, no batched requests, stack
 * traces only outside production, and every unexpected error masked.
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !options.production,
    parseOptions: { maxTokens: options.maxTokens },
    formatError,
    plugins: [
      ApolloServerPluginLandingPageLocalDefault({
        embed: true,
        includeCookies: false,
        document: EXAMPLE_OPERATION,
        variables: EXAMPLE_VARIABLES,
        footer: false,
      }),
      requestLoggingPlugin(),
    ],
  });
}

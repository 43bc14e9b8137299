import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../graphql/context';
import type { DataGeneration } from './data-generation';

/**
 * Given `max-age` in seconds and the data generation, returns the Apollo plugin that marks a query
 * sent over GET and answered 200 without errors `Cache-Control: public, max-age=N` (a CDN or
 * browser may keep it that long), and every other answer (POST, mutations, errors) `no-store`;
 * and bumps the generation after each mutation, so the ETags this process remembers lapse.
 * `max-age` 0 makes every answer `no-store`.
 */
export function cacheControlPlugin(
  maxAge: number,
  generation: DataGeneration,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation, errors }) {
          if (operation?.operation === 'mutation') generation.bump();
          const cacheable =
            maxAge > 0 &&
            request.http?.method === 'GET' &&
            operation?.operation === 'query' &&
            !errors?.length &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors?.length &&
            (response.http.status ?? 200) === 200;
          response.http.headers.set('cache-control', cacheable ? `public, max-age=${maxAge}` : 'no-store');
          // The answer's type follows Accept (application/json or graphql-response+json).
          if (cacheable) response.http.headers.set('vary', 'accept');
        },
      };
    },
  };
}

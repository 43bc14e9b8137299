import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../graphql/context';
import { RateLimitedError } from '../graphql/errors/coded-errors';
import { ErrorCode } from '../graphql/errors/error-code';
import type { RateLimiter } from './rate-limiter';

/**
 * Given the writes limiter (and what to call on each refusal), returns the Apollo plugin that spends one mutation of the API token's
 * budget per mutation (keyed by the token's digest, never the token), refuses it past the budget
 * with a RATE_LIMITED error before it runs, and answers such a refusal 429 with `Retry-After`.
 * A mutation without a valid token is not counted here: it is refused anyway, and the per-address
 * request limit bounds how often it can be tried.
 */
export function writeLimitPlugin(
  limiter: RateLimiter,
  onRefused: () => void = () => undefined,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.editor) return;
          const verdict = await limiter.consume(contextValue.editor.tokenDigest);
          if (verdict.allowed) return;
          onRefused();
          throw new RateLimitedError('mutations with this token', {
            limit: 'RATE_LIMIT_WRITES_PER_MINUTE',
            maximum: limiter.perMinute,
            retryAfterSeconds: verdict.retryAfterSeconds,
          });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const refusal = response.body.singleResult.errors?.find(
            (error) => error.extensions?.['code'] === ErrorCode.RateLimited,
          );
          if (!refusal) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(refusal.extensions?.['retryAfterSeconds']));
        },
      };
    },
  };
}

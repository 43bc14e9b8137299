import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { isDatabaseUnavailable } from '../errors/is-database-unavailable';

/**
 * Routes each operation once it is known, before anything reads: a query to a replica (when
 * replicas serve reads and one is healthy and caught up with the request's `x-read-after`), a
 * mutation to the primary, where its own nested reads then see its writes. Subscriptions are
 * left on the primary. A read that failed because its replica went away marks the replica down
 * at once, so the next requests go elsewhere without waiting for the poller.
 */
export function readRoutingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query') await contextValue.reads.routeRead();
          else if (operation?.operation === 'mutation') contextValue.reads.markWrite();
        },
        async didEncounterErrors({ errors, contextValue }) {
          const lost = errors.find((error) => isDatabaseUnavailable(error.originalError));
          if (lost) contextValue.reads.failOver(lost.originalError);
        },
      };
    },
  };
}

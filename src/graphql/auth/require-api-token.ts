import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context';
import { AuthenticationError } from '../errors/coded-errors';

/** Guards a mutation: UNAUTHENTICATED unless the request carried the API token. */
export const RequireApiToken: MiddlewareFn<RequestContext> = ({ context }, next) => {
  if (!context.isAuthenticated) throw new AuthenticationError();
  return next();
};

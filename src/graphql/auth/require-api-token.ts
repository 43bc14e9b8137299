import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context';
import { AuthenticationError } from '../errors/coded-errors';

/** Guards a mutation: UNAUTHENTICATED unless the request carried the API token, saying whether the header was missing or wrong. */
export const RequireApiToken: MiddlewareFn<RequestContext> = ({ context }, next) => {
  if (context.credentials !== 'valid') throw new AuthenticationError(context.credentials);
  return next();
};

/**
 * Given a thrown value, returns it and what it wraps, outermost first: TypeORM's `driverError`,
 * graphql-js's `originalError`, a standard `cause` (each object once).
 */
export function errorChain(error: unknown): object[] {
  const chain: object[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !chain.includes(current)) {
    chain.push(current);
    const wrapper = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = wrapper.driverError ?? wrapper.originalError ?? wrapper.cause;
  }
  return chain;
}

/** Given one error object, returns its `code` (a Postgres SQLSTATE or a socket error), or ''. */
export const codeOf = (error: object): string => String((error as { code?: unknown }).code ?? '');

/** Given a thrown value, returns the first code along its chain (see `errorChain`), or '' when none has one. */
export function sqlStateOf(error: unknown): string {
  return errorChain(error).map(codeOf).find(Boolean) ?? '';
}

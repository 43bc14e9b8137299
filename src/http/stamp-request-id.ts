/** The shape of a GraphQL response body, as far as stamping needs it. */
interface ErrorBody {
  errors?: { extensions?: Record<string, unknown> }[];
}

/**
 * Given a GraphQL response body and the request id, returns the body with the id added to every
 * masked INTERNAL_SERVER_ERROR that lacks one, or null when there is none to stamp. The request
 * plugin stamps errors of operations that ran; this covers failures Apollo answers before any
 * plugin hook (a context that would not build, a server already stopped).
 */
export function stampRequestId(body: string, requestId: string): string | null {
  let parsed: ErrorBody;
  try {
    parsed = JSON.parse(body) as ErrorBody;
  } catch {
    return null;
  }
  const unstamped = (parsed.errors ?? []).filter(
    (error) =>
      error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR' && error.extensions['requestId'] === undefined,
  );
  if (unstamped.length === 0) return null;
  for (const error of unstamped) error.extensions = { ...error.extensions, requestId };
  return JSON.stringify(parsed);
}

/** An HTTP answer as it came: status, headers, the body as text and, when it is JSON, parsed. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/** Given a URL and fetch options, sends the request exactly as given (no default headers added). */
export async function rawRequest(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: RawResponse['json'];
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Given a URL and a GraphQL request body, POSTs it as `application/json` (what a well-behaved client sends). */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return rawRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * What must never appear in a response: SQL, driver or ORM names, stack frames. Checked on whole
 * bodies, so tests keep such words out of the data they store and the fields they ask for.
 */
export const LEAK_PATTERN = /select |insert |postgres|typeorm|at .*\.ts:|stack/i;

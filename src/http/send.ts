import type { ServerResponse } from 'node:http';

/** Given a response, a status and a JSON-able value, sends it as JSON. */
export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/** Given a response, a status, an error code, a message and any details, sends a GraphQL-shaped error body. */
export function sendError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  sendJson(response, status, { errors: [{ message, extensions: { code, ...details } }] });
}

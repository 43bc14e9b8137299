import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Given an upgrade request and the allowed origins, returns whether a page of that origin may open a
 * WebSocket: no Origin (not a browser), the API's own origin, a listed one, or any when `*` is
 * listed. Browsers do not apply CORS to WebSockets, so without this any site could subscribe on its
 * visitors' behalf.
 */
export function isAllowedOrigin(request: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes('*') || allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Counts open WebSocket connections per client address and refuses one over the limit. */
export class ConnectionsPerAddress {
  private readonly open = new Map<string, number>();

  constructor(private readonly maximum: number) {}

  /** Given an address, counts one more connection and returns true, or returns false at the limit. */
  tryAcquire(address: string): boolean {
    const count = this.open.get(address) ?? 0;
    if (count >= this.maximum) return false;
    this.open.set(address, count + 1);
    return true;
  }

  /** Given an address, counts one connection fewer. */
  release(address: string): void {
    const count = this.open.get(address) ?? 0;
    if (count <= 1) this.open.delete(address);
    else this.open.set(address, count - 1);
  }
}

/** Given an upgrading socket, answers it with a plain HTTP error in the API's error shape and closes it. */
export function refuseUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

import type { IncomingMessage } from 'node:http';

/**
 * Given a request and how many proxies in front of the server append to `X-Forwarded-For`, returns
 * the client's address: the socket's peer with no trusted proxy, else the address the outermost
 * trusted proxy saw (counted from the right, the end the proxies write). The left end is whatever
 * the client sent, so believing it would let anyone pick a fresh address, and a fresh budget, per request.
 */
export function clientAddress(request: IncomingMessage, trustedHops: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (trustedHops === 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[hops.length - trustedHops] ?? hops[0] ?? peer;
}

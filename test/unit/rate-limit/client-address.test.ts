import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../src/rate-limit/client-address';

const request = (forwardedFor?: string) =>
  ({
    socket: { remoteAddress: '10.0.0.2' },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('203.0.113.9'), 0)).toBe('10.0.0.2');
  });

  it('counts trusted proxies from the right, the end proxies append to', () => {
    const header = 'spoofed-by-client, 198.51.100.4, 192.0.2.8';
    expect(clientAddress(request(header), 1)).toBe('192.0.2.8');
    expect(clientAddress(request(header), 2)).toBe('198.51.100.4');
  });

  it('takes the leftmost hop when fewer hops came than proxies are trusted, and the peer without a header', () => {
    expect(clientAddress(request('198.51.100.4'), 2)).toBe('198.51.100.4');
    expect(clientAddress(request(), 1)).toBe('10.0.0.2');
  });
});

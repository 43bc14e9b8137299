import { createServer } from 'node:net';

/**
 * Given the host and port the server will listen on, resolves when they can be taken right now,
 * else rejects with the system's `listen` error (EADDRINUSE, EACCES). Checked before the database
 * is opened, migrated and seeded, so a taken port fails the start at once and changes nothing.
 * Port 0 (any free one) needs no check.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

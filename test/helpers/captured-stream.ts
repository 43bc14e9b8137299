import { PassThrough } from 'node:stream';

/** Given nothing, returns a writable stream for a CLI's stdout or stderr and what was written to it so far. */
export function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

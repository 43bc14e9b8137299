/** The first bytes of a stream, and the whole stream again (those bytes included) to read on. */
export interface PeekedChunks {
  head: Buffer;
  chunks: AsyncIterable<Buffer>;
  /** Ends the stream unread (closes the file), for a reader that refuses it on its head. */
  close(): Promise<void>;
}

/**
 * Given a stream of byte chunks and how many bytes to look at, reads just enough chunks to hold
 * that many (or the whole stream, when shorter) and returns them with a stream that yields them
 * again and then the rest, so a reader can judge the input before committing to parse it.
 */
export async function peekChunks(source: AsyncIterable<Buffer>, bytes: number): Promise<PeekedChunks> {
  const iterator = source[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    size += next.value.length;
  }
  async function* again(): AsyncGenerator<Buffer> {
    yield* seen.splice(0);
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return {
    head: Buffer.concat(seen).subarray(0, bytes),
    chunks: again(),
    close: async () => {
      await iterator.return?.();
    },
  };
}

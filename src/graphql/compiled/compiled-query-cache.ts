import type { DocumentNode } from 'graphql';
import type { CompiledQuery } from './compile-query';

// Raw variables longer than this as JSON are not worth a key (rare in reads; they compile each time).
const MAX_KEY_LENGTH = 2_048;

/**
 * A compiled statement, how often it has run and the name it is prepared under (null: not to be
 * prepared), or null when the resolvers answer.
 */
export type CachedCompile = { compiled: CompiledQuery; runs: number; statementName?: string | null } | null;

/**
 * Compile outcomes by document, operation name and raw variables, least recently used first out
 * once their SQL and keys pass `maxBytes` (UTF-16, as V8 holds them). Compiling is pure, so an
 * outcome never goes stale; Apollo keeps one document object per distinct query text.
 */
export class CompiledQueryCache {
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private documents = 0;
  private readonly entries = new Map<string, CachedCompile>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Given a request's document, operation name and raw variables, returns its key, or null when not worth keeping. */
  key(document: DocumentNode, operationName: string | null | undefined, variables: unknown): string | null {
    let id = this.documentIds.get(document);
    if (id === undefined) {
      id = this.documents += 1;
      this.documentIds.set(document, id);
    }
    const key = `${id}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
    return key.length <= MAX_KEY_LENGTH ? key : null;
  }

  get(key: string): CachedCompile | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      // Maps keep insertion order: moving a hit to the end keeps the oldest first.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedCompile): void {
    const size = CompiledQueryCache.size(key, entry);
    if (size > this.maxBytes) return;
    for (const [oldest, evicted] of this.entries) {
      if (this.bytes + size <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= CompiledQueryCache.size(oldest, evicted);
    }
    this.entries.set(key, entry);
    this.bytes += size;
  }

  private static size(key: string, entry: CachedCompile): number {
    return 2 * (key.length + (entry?.compiled.sql.length ?? 0));
  }
}

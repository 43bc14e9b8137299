import type { DocumentNode } from 'graphql';
import type { CompiledQuery } from './compile-query';

// Distinct variable sets kept per document, and the longest key worth keeping (huge variables are
// rare in reads and would cost more to key than to compile).
const PER_DOCUMENT = 32;
const MAX_KEY_LENGTH = 2_048;

/** What compiling gave: the statement, or null when the resolvers answer (shape, arguments, no data). */
export type CompileOutcome = CompiledQuery | null;

/**
 * Compile outcomes by validated document, then by operation name and variables. Apollo keeps one
 * document object per distinct query text, so a repeated request skips compiling (and hashing its
 * statement name) entirely; compiling is pure, so an outcome never goes stale.
 */
export class CompiledQueryCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, CompileOutcome>>();

  /** Given a document, an operation name and raw variables, returns the cache key, or null when not worth keeping. */
  key(operationName: string | null | undefined, variables: unknown): string | null {
    const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
    return key.length <= MAX_KEY_LENGTH ? key : null;
  }

  get(document: DocumentNode, key: string): CompileOutcome | undefined {
    return this.byDocument.get(document)?.get(key);
  }

  set(document: DocumentNode, key: string, outcome: CompileOutcome): void {
    let outcomes = this.byDocument.get(document);
    if (!outcomes) {
      outcomes = new Map();
      this.byDocument.set(document, outcomes);
    }
    // Maps keep insertion order: the first key is the oldest.
    if (outcomes.size >= PER_DOCUMENT) outcomes.delete(outcomes.keys().next().value as string);
    outcomes.set(key, outcome);
  }
}

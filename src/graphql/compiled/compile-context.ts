import type { FieldNode, GraphQLField, GraphQLObjectType } from 'graphql';
import type { DataSource } from 'typeorm';
import type { SqlParams } from '../../db/sql-params';
import type { SelectionScope } from '../lookahead/collect-fields';
import type { RelationRegistry } from '../relations';

/**
 * Thrown for a query the compiler does not translate (introspection, a field without a SQL form, a
 * statement too large to be worth it): such queries run through the resolvers, with the same answer.
 */
export class NotCompilable extends Error {
  constructor(what: string) {
    super(`not compiled to SQL: ${what}`);
    this.name = 'NotCompilable';
  }
}

/** One field of the query as the compiler sees it, with its arguments coerced as graphql-js would. */
export interface CompiledField {
  readonly context: CompileContext;
  /** Alias of the parent row in the SQL being built (its database column names are in scope). */
  readonly row: string;
  /** The object type the field belongs to. */
  readonly parentType: GraphQLObjectType;
  readonly definition: GraphQLField<unknown, unknown>;
  /** Every node of the query merged into this response key (they share arguments, merge selections). */
  readonly nodes: readonly FieldNode[];
  readonly args: Record<string, unknown>;
}

/** What compiling one operation needs: its selection scope, the relations, where to put parameters. */
export interface CompileContext extends SelectionScope {
  readonly dataSource: DataSource;
  readonly params: SqlParams;
  /** Every type's relations and the root lookups: what each non-column field reads. */
  readonly registry: RelationRegistry;
  /** Given a field, returns SQL for its JSON value (field-json.ts; passed in so the parts import one way). */
  fieldJson(field: CompiledField): string;
  /** Returns a table alias no other part of the statement uses (`t1`, `t2`, …). */
  alias(): string;
  /**
   * Notes that the best plan depends on a value (a full-text search: a rare word wants its index,
   * a common one the id order), so the statement must be planned for each request's values.
   */
  planPerValues(): void;
}

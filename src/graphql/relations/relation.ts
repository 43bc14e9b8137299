import type { DataSource } from 'typeorm';
import type { SqlParams } from '../../db/sql-params';
import type { KeysetList } from '../pagination/keyset-query';
import type { PageArgs } from '../pagination/page-args';

/** An entity class: the TypeORM metadata behind an object type. */
export type EntityClass<T extends object = object> = new () => T;

/** The row a foreign key of the parent points at (a quote's speaker, a place's parent), or null. */
export interface OneRelation<T extends object = object> {
  readonly kind: 'one';
  readonly target: EntityClass<T>;
  /** The parent's property holding the target's id (`speakerId`). */
  readonly foreignKey: string;
}

/**
 * The rows related to the parent through a link table or a join (a quote's topics, an article's
 * speakers), as one list in a fixed order.
 */
export interface ListRelation<T extends object = object> {
  readonly kind: 'list';
  readonly target: EntityClass<T>;
  /** Given the condition the parent key meets, SQL selecting `"parentKey"` and the related row's `id`. */
  pairs(parentIs: string): string;
  /** Given the aliases of the related row and of its pair, the list's ORDER BY. */
  orderBy(row: string, pair: string): string;
}

/** How many rows of `table` have the parent's key in `column`. */
export interface CountRelation {
  readonly kind: 'count';
  readonly table: string;
  readonly column: string;
}

/** A Relay connection: one keyset page of a list scoped to the parent (or to nothing, at the root). */
export interface PageRelation<T extends object = object, A extends PageArgs = PageArgs> {
  readonly kind: 'page';
  readonly target: EntityClass<T>;
  /** Alias of the target's row in the list's FROM clause. */
  readonly rowAlias: string;
  /** Given the field's arguments, the list, its placeholders numbered in `params`. */
  list(dataSource: DataSource, args: A, params: SqlParams): KeysetList;
  /** Whether the best plan depends on the arguments' values (a full-text search). */
  plansPerValues(args: A): boolean;
}

/**
 * A column too large to ride along with every row (an article's body): rows loaded as another
 * row's relation come without it, and it is read by itself when a query asks.
 */
export interface DeferredColumn {
  readonly kind: 'deferred';
  /** The entity property holding it. */
  readonly property: string;
}

/** A field only the resolvers answer, with why; the compiler leaves a query that selects it to them. */
export interface ResolverOnly {
  readonly kind: 'resolverOnly';
  readonly reason: string;
}

/**
 * The rows related to the parent with how many quotes tie each to it, most first (a speaker's top
 * topics): a list of small wrapper objects, one field naming the row and `quoteCount`.
 */
export interface RankedRelation<T extends object = object, A extends object = object> {
  readonly kind: 'ranked';
  readonly target: EntityClass<T>;
  /** The wrapper type's field holding the row (`topic` of `TopicCount`). */
  readonly rowField: string;
  /**
   * Given the field's arguments, where to put parameters and the condition the parent key meets
   * (the root's one parent key is 0), SQL selecting `"parentKey"`, the row's `id` and its `"quoteCount"`, one row per pair.
   */
  counts(args: A, params: SqlParams, parentIs: string): string;
  /** How many rows the field's arguments ask for. */
  limit(args: A): number;
}

/** Every way a field of an object type can read related data. */
export type Relation =
  OneRelation | ListRelation | CountRelation | PageRelation | RankedRelation | DeferredColumn | ResolverOnly;

/** An object type as the read path sees it: its entity and the fields that are not plain columns. */
export interface TypeDescription<T extends object = object> {
  readonly typeName: string;
  readonly entity: EntityClass<T>;
  readonly relations: Readonly<Record<string, Relation>>;
}

/** A unique column a row can be looked up by besides its id: the argument naming it and how a client's value is stored. */
export interface AlternateKey {
  readonly argument: string;
  readonly column: string;
  normalize(value: string): string;
  /**
   * Given the row's alias and the value's placeholder, the condition finding the row, when it is
   * more than `column = value` (a merged speaker's old slug still finds the speaker it became).
   */
  readonly where?: (alias: string, value: string) => string;
}

/** A root field finding one row by `id`, or by `id` or an alternate key (exactly one of them). */
export interface KeyLookup<T extends object = object> {
  readonly kind: 'lookup';
  readonly typeName: string;
  readonly target: EntityClass<T>;
  readonly key: AlternateKey | null;
}

/** A root field listing every row of a small table, in a fixed order (the taxonomy). */
export interface EveryRow<T extends object = object> {
  readonly kind: 'every';
  readonly target: EntityClass<T>;
  orderBy(row: string): string;
}

/**
 * A root field answering a list of plain values computed by one statement (quotes per day): no
 * entity, each row's columns named as the GraphQL fields they answer, in the statement's order.
 */
export interface ValueRows<A extends object = object> {
  readonly kind: 'values';
  /** Given the field's arguments and where to put parameters, the SELECT of the rows. */
  rows(args: A, params: SqlParams): string;
  /** Each column's SQL type as far as its JSON needs converting (timestamps become DateTime text). */
  readonly columnTypes: Readonly<Record<string, 'timestamptz' | 'plain'>>;
  /** The column the rows are listed by, ascending. */
  readonly orderBy: string;
}

/**
 * Every way a root field of `Query` reads data (`node` is the registry's own), or a root left to its
 * resolver with the reason (state that lives outside the read model, such as an ingest batch's progress).
 */
export type RootField = KeyLookup | EveryRow | PageRelation | RankedRelation | ValueRows | ResolverOnly;

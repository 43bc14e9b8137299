import type { DataSource } from 'typeorm';
import type { SqlParams } from '../../db/sql-params';
import { UserInputError } from '../errors/coded-errors';
import type { KeysetList } from '../pagination/keyset-query';
import type { PageArgs } from '../pagination/page-args';
import type {
  AlternateKey,
  CountRelation,
  DeferredColumn,
  EntityClass,
  EveryRow,
  KeyLookup,
  ListRelation,
  OneRelation,
  PageRelation,
  RankedRelation,
  Relation,
  ResolverOnly,
  TypeDescription,
  ValueRows,
} from './relation';

/** Names may repeat (topics under different slugs): the id keeps the order the same on every path. */
export const BY_NAME = (row: string): string => `${row}.name, ${row}.id`;

/** Given an object type's name, entity and relations, returns its description for the registry. */
export function describeType<T extends object, R extends Record<string, Relation>>(
  typeName: string,
  entity: EntityClass<T>,
  relations: R,
): TypeDescription<T> & { readonly relations: R } {
  return { typeName, entity, relations };
}

/** The `target` row the parent's `foreignKey` property points at. */
export const one = <T extends object>(target: EntityClass<T>, foreignKey: string): OneRelation<T> => ({
  kind: 'one',
  target,
  foreignKey,
});

/** Rows related through a join, as `pairs` selects them, in `orderBy` order (by name when omitted). */
export const list = <T extends object>(
  target: EntityClass<T>,
  pairs: (parentIs: string) => string,
  orderBy: (row: string, pair: string) => string = BY_NAME,
): ListRelation<T> => ({ kind: 'list', target, pairs, orderBy });

/** The `target` rows a link table pairs with the parent, by name. */
export const throughLinkTable = <T extends object>(
  target: EntityClass<T>,
  link: { table: string; parentColumn: string; column: string },
): ListRelation<T> =>
  list(
    target,
    (parentIs) =>
      `SELECT ${link.parentColumn} AS "parentKey", ${link.column} AS id FROM ${link.table} WHERE ${link.parentColumn} ${parentIs}`,
  );

/** How many rows of `table` carry the parent's key in `column`. */
export const count = (table: string, column: string): CountRelation => ({ kind: 'count', table, column });

/** A keyset page of `target` rows (aliased `rowAlias` in the list), scoped and ordered by `list`. */
export const page = <T extends object, A extends PageArgs>(
  target: EntityClass<T>,
  rowAlias: string,
  listOf: (dataSource: DataSource, args: A, params: SqlParams) => KeysetList,
  plansPerValues: (args: A) => boolean = () => false,
): PageRelation<T, A> => ({ kind: 'page', target, rowAlias, list: listOf, plansPerValues });

/**
 * Rows with their quote counts, most first (see RankedRelation); `first` of the field's arguments
 * (10 when omitted, at most 100) caps the list.
 */
export const ranked = <T extends object, A extends { first?: number | null }>(
  target: EntityClass<T>,
  rowField: string,
  counts: (args: A, params: SqlParams, parentIs: string) => string,
): RankedRelation<T, A> => ({
  kind: 'ranked',
  target,
  rowField,
  counts,
  limit: (args) => rankedLimit(args.first),
});

/** The most rows a ranked list answers, and how many when `first` is omitted. */
export const RANKED_LIMIT = { default: 10, maximum: 100 } as const;

function rankedLimit(first: number | null | undefined): number {
  if (first == null) return RANKED_LIMIT.default;
  if (!Number.isInteger(first) || first < 0 || first > RANKED_LIMIT.maximum) {
    throw new UserInputError(`"first" must be between 0 and ${RANKED_LIMIT.maximum}.`, {
      argumentName: 'first',
    });
  }
  return first;
}

/** A root field of plain rows one statement computes (see ValueRows). */
export const valueRows = <A extends object>(
  rows: (args: A, params: SqlParams) => string,
  columnTypes: Readonly<Record<string, 'timestamptz' | 'plain'>>,
  orderBy: string,
): ValueRows<A> => ({ kind: 'values', rows, columnTypes, orderBy });

/** A column served apart from its row (see DeferredColumn). */
export const deferred = (property: string): DeferredColumn => ({ kind: 'deferred', property });

/** A field left to the resolvers, with the reason the compiler does not serve it. */
export const resolverOnly = (reason: string): ResolverOnly => ({ kind: 'resolverOnly', reason });

/** A root field finding one `target` row by global id, or also by `key` (exactly one of the two). */
export const lookup = <T extends object>(
  typeName: string,
  target: EntityClass<T>,
  key: AlternateKey | null,
): KeyLookup<T> => ({ kind: 'lookup', typeName, target, key });

/** A root field listing every `target` row, by name. */
export const everyRow = <T extends object>(target: EntityClass<T>): EveryRow<T> => ({
  kind: 'every',
  target,
  orderBy: BY_NAME,
});

/** Slugs are stored trimmed and lower case. */
export const SLUG_KEY: AlternateKey = {
  argument: 'slug',
  column: 'slug',
  normalize: (slug) => slug.trim().toLowerCase(),
};

import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from '../../db/hydrate';
import { SqlParams } from '../../db/sql-params';
import { connectionNodeFields } from '../lookahead/node-fields';
import { connectionLoader } from '../pagination/connection-loader';
import type { ConnectionValue } from '../pagination/connection-type';
import { toPageRequest, type PageArgs } from '../pagination/page-args';
import { lookupTarget } from '../relations/lookup-target';
import type {
  CountRelation,
  DeferredColumn,
  EntityClass,
  EveryRow,
  KeyLookup,
  ListRelation,
  OneRelation,
  PageRelation,
  RankedRelation,
  RelationRegistry,
  ValueRows,
} from '../relations';
import { byIdLoader } from './by-id-loader';
import { groupedLoader, valueLoader } from './grouped-loader';
import { includedColumns, primeIncluded, type Include } from './page-includes';

const one =
  <T extends object>(entity: EntityClass<T>) =>
  (row: Record<string, unknown>) =>
    hydrate(entity, [row])[0] as T;

const idOf = (row: object): number => (row as { id: number }).id;

/**
 * The DataLoaders of one request, made on first use, each derived from a relation of the registry.
 * Every nested field reads through one of these, so the number of SQL statements a query costs
 * follows its shape, not its row count.
 */
export class RequestLoaders {
  private readonly cache = new Map<unknown, Map<string, DataLoader<number, unknown>>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: RelationRegistry,
  ) {}

  private memo<V>(owner: unknown, key: string, make: () => DataLoader<number, V>): DataLoader<number, V> {
    let loaders = this.cache.get(owner);
    if (!loaders) {
      loaders = new Map();
      this.cache.set(owner, loaders);
    }
    let loader = loaders.get(key);
    if (!loader) {
      loader = make();
      loaders.set(key, loader);
    }
    return loader as DataLoader<number, V>;
  }

  /** The by-id loader of an entity (what `node(id)`, lookups and every to-one relation read through). */
  byId<T extends object>(entity: EntityClass<T>): DataLoader<number, T | null> {
    return this.memo(entity, 'byId', () => byIdLoader(this.dataSource, entity));
  }

  /** Given a node type's name and a database id, returns that row, or null (`node(id)`). */
  node(typeName: string, id: number): Promise<object | null> | null {
    const description = this.registry.type(typeName);
    return description ? this.byId(description.entity).load(id) : null;
  }

  /** Given a to-one relation and its parent, returns the related row, or null. */
  one<T extends object>(relation: OneRelation<T>, parent: object): Promise<T | null> | null {
    const key = (parent as Record<string, unknown>)[relation.foreignKey] as number | null;
    return key === null ? null : this.byId(relation.target).load(key);
  }

  /** The loader from parent key to the rows a list relation gives it, in its order. */
  private listLoader<T extends object>(relation: ListRelation<T>): DataLoader<number, T[]> {
    const table = this.dataSource.getMetadata(relation.target).tableName;
    return this.memo(relation, 'list', () =>
      groupedLoader(
        this.dataSource,
        `SELECT pairs."parentKey", ${selectColumns(this.dataSource, relation.target, 'x')}
           FROM (${relation.pairs('= ANY($1::integer[])')}) pairs JOIN ${table} x ON x.id = pairs.id
          ORDER BY ${relation.orderBy('x', 'pairs')}`,
        one(relation.target),
      ),
    );
  }

  /** Given a list relation and its parent, returns the related rows. */
  list<T extends object>(relation: ListRelation<T>, parent: object): Promise<T[]> {
    return this.listLoader(relation).load(idOf(parent));
  }

  /** Given a count relation and its parent, returns how many rows it finds. */
  count(relation: CountRelation, parent: object): Promise<number> {
    const loader = this.memo(relation, 'count', () =>
      valueLoader(
        this.dataSource,
        `SELECT ${relation.column} AS "parentKey", count(*)::integer AS value
           FROM ${relation.table} WHERE ${relation.column} = ANY($1::integer[]) GROUP BY ${relation.column}`,
        0,
      ),
    );
    return loader.load(idOf(parent));
  }

  /** Given a deferred column and its row, returns its value, read by itself when the row came without it. */
  deferred<T>(column: DeferredColumn, parent: object): T | Promise<T> {
    const loaded = (parent as Record<string, unknown>)[column.property];
    if (loaded !== undefined) return loaded as T;
    const entity = (parent as { constructor: EntityClass }).constructor;
    const metadata = this.dataSource.getMetadata(entity);
    const name = metadata.findColumnWithPropertyName(column.property)?.databaseName;
    const loader = this.memo(column, metadata.tableName, () =>
      valueLoader<T>(
        this.dataSource,
        `SELECT id AS "parentKey", ${name} AS value FROM ${metadata.tableName} WHERE id = ANY($1::integer[])`,
        undefined as T,
      ),
    );
    return loader.load(idOf(parent));
  }

  /**
   * Given a page relation, its parent (null at the root), the field's arguments and its resolve
   * info, returns the parent's page. The to-one and list relations the query selects on the nodes
   * come in the same statement and are primed into their loaders, so resolving them costs nothing more.
   */
  page<T extends object, A extends PageArgs>(
    relation: PageRelation<T, A>,
    parent: object | null,
    args: A,
    info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<T>> {
    const page = toPageRequest(args);
    const includes = this.includes(relation.target, connectionNodeFields(info));
    const key = JSON.stringify([args, page, includes.map((include) => include.field)]);
    const loader = this.memo(relation, key, () =>
      connectionLoader(
        this.dataSource,
        () => {
          const list = relation.list(this.dataSource, args, new SqlParams());
          const extra = includedColumns(this.dataSource, this.registry, includes, relation.rowAlias);
          return extra.length === 0 ? list : { ...list, select: [list.select, ...extra].join(', ') };
        },
        page,
        (row) => primeIncluded(this.dataSource, includes, row, one(relation.target), this),
      ),
    );
    return loader.load(parent === null ? 0 : idOf(parent));
  }

  /** The relations of `entity` a page can bring along: to-one and list relations the query selects. */
  private includes(entity: EntityClass, selected: ReadonlySet<string>): Include[] {
    const relations = this.registry.typeOf(entity)?.relations ?? {};
    return Object.entries(relations).flatMap(([field, relation]): Include[] => {
      if (!selected.has(field)) return [];
      if (relation.kind === 'one') return [{ field, relation, parent: entity }];
      if (relation.kind === 'list') return [{ field, relation, parent: entity }];
      return [];
    });
  }

  /** Primes the by-id loader of `entity` with a row brought along by a page. */
  primeRow(entity: EntityClass, row: object): void {
    this.byId(entity).prime(idOf(row), row);
  }

  /** Primes a list relation's loader with the rows a page brought along for one parent. */
  primeList(relation: ListRelation, parentKey: number, rows: object[]): void {
    this.listLoader(relation).prime(parentKey, rows);
  }

  /**
   * Given a ranked relation, its parent (null at the root) and the field's arguments, returns the
   * parent's wrapper objects (`{ quoteCount, <rowField>: row }`), most first: every parent's top rows
   * in one statement, cut per parent by a window.
   */
  ranked<T extends object, A extends object>(
    relation: RankedRelation<T, A>,
    parent: object | null,
    args: A,
  ): Promise<Record<string, unknown>[]> {
    const limit = relation.limit(args);
    const table = this.dataSource.getMetadata(relation.target).tableName;
    const loader = this.memo(
      relation,
      JSON.stringify(args),
      () =>
        new DataLoader<number, Record<string, unknown>[]>(async (parentKeys) => {
          const params = new SqlParams();
          const parents = params.add(parentKeys);
          const rows: Record<string, unknown>[] = await this.dataSource.query(
            `SELECT r."parentKey", r."quoteCount", ${selectColumns(this.dataSource, relation.target, 'x')}
             FROM (SELECT c.*, row_number() OVER (PARTITION BY c."parentKey" ORDER BY c."quoteCount" DESC, c.id) AS place
                     FROM (${relation.counts(args, params, `= ANY(${parents}::integer[])`)}) c) r
             JOIN ${table} x ON x.id = r.id
            WHERE r.place <= ${limit}
            ORDER BY r."parentKey", r."quoteCount" DESC, r.id`,
            params.values,
          );
          const groups = new Map<number, Record<string, unknown>[]>(parentKeys.map((key) => [key, []]));
          for (const { parentKey, quoteCount, ...columns } of rows) {
            const row = one(relation.target)(columns);
            this.primeRow(relation.target, row);
            groups.get(parentKey as number)?.push({ quoteCount, [relation.rowField]: row });
          }
          return parentKeys.map((key) => groups.get(key) ?? []);
        }),
    );
    return loader.load(parent === null ? 0 : idOf(parent));
  }

  /** Given a root field of plain rows and its arguments, returns the rows, in its order. */
  values<A extends object>(root: ValueRows<A>, args: A): Promise<Record<string, unknown>[]> {
    const params = new SqlParams();
    return this.dataSource.query(
      `SELECT * FROM (${root.rows(args, params)}) r ORDER BY r."${root.orderBy}"`,
      params.values,
    );
  }

  /** Given a lookup and its arguments, returns the row (BAD_USER_INPUT unless exactly one key is given). */
  async lookup<T extends object>(root: KeyLookup<T>, args: Record<string, unknown>): Promise<T | null> {
    const target = lookupTarget(root, args);
    if ('id' in target) return this.byId(root.target).load(target.id);
    const table = this.dataSource.getMetadata(root.target).tableName;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${selectColumns(this.dataSource, root.target, 't')} FROM ${table} t
        WHERE ${target.where ? target.where('t', '$1') : `t.${target.column} = $1`}`,
      [target.value],
    );
    return hydrate(root.target, rows)[0] ?? null;
  }

  /** Given a root list of every row, returns them in its order. */
  async every<T extends object>(root: EveryRow<T>): Promise<T[]> {
    const table = this.dataSource.getMetadata(root.target).tableName;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${selectColumns(this.dataSource, root.target, 'x')} FROM ${table} x ORDER BY ${root.orderBy('x')}`,
    );
    return hydrate(root.target, rows);
  }
}

import type { DataSource } from 'typeorm';
import { hydrateJson, jsonObjectSql } from '../../db/json-columns';
import type { EntityClass, ListRelation, OneRelation, RelationRegistry } from '../relations';

/** A relation of a page's rows that the page brings along in its own statement, because the query selects it. */
export interface Include {
  field: string;
  relation: OneRelation | ListRelation;
  /** The entity of the page's rows. */
  parent: EntityClass;
}

/** Where brought-along rows go: the loaders the relation's resolvers read. */
export interface IncludeTarget {
  primeRow(entity: EntityClass, row: object): void;
  primeList(relation: ListRelation, parentKey: number, rows: object[]): void;
}

const columnName = (index: number): string => `included_${index}`;

/**
 * Given what to bring along and the alias of the page's rows, returns extra SELECT expressions:
 * each to-one row as a JSON object (without its deferred columns, such as an article's body), each
 * list as a JSON array in its order. Correlated subqueries run for the page's rows only, each
 * through a primary key or a link table's key.
 */
export function includedColumns(
  dataSource: DataSource,
  registry: RelationRegistry,
  includes: readonly Include[],
  rowAlias: string,
): string[] {
  return includes.map(({ relation, parent }, index) => {
    const alias = `inc_${index}`;
    const table = dataSource.getMetadata(relation.target).tableName;
    const json = jsonObjectSql(
      dataSource,
      relation.target,
      alias,
      registry.deferredProperties(relation.target),
    );
    if (relation.kind === 'one') {
      const column = dataSource
        .getMetadata(parent)
        .findColumnWithPropertyName(relation.foreignKey)?.databaseName;
      return `(SELECT ${json} FROM ${table} ${alias} WHERE ${alias}.id = ${rowAlias}.${column}) AS "${columnName(index)}"`;
    }
    const pair = `inc_pair_${index}`;
    return `(SELECT coalesce(json_agg(${json} ORDER BY ${relation.orderBy(alias, pair)}), '[]')
               FROM (${relation.pairs(`= ${rowAlias}.id`)}) ${pair} JOIN ${table} ${alias} ON ${alias}.id = ${pair}.id) AS "${columnName(index)}"`;
  });
}

/**
 * Given a page row with the columns `includedColumns` added, returns the page's node made from the
 * rest, after priming the loaders with what came along.
 */
export function primeIncluded<T extends object>(
  dataSource: DataSource,
  includes: readonly Include[],
  row: Record<string, unknown>,
  toNode: (columns: Record<string, unknown>) => T,
  target: IncludeTarget,
): T {
  const columns = { ...row };
  const included = includes.map((_, index) => {
    const value = columns[columnName(index)];
    delete columns[columnName(index)];
    return value;
  });
  const node = toNode(columns);
  includes.forEach(({ relation }, index) => {
    const value = included[index];
    if (relation.kind === 'one') {
      if (value)
        target.primeRow(
          relation.target,
          hydrateJson(dataSource, relation.target, value as Record<string, unknown>),
        );
    } else if (Array.isArray(value)) {
      const rows = value.map((item) =>
        hydrateJson(dataSource, relation.target, item as Record<string, unknown>),
      );
      target.primeList(relation, (node as { id: number }).id, rows);
    }
  });
  return node;
}

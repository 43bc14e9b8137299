import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from './hydrate';

/** A unique column a row can be looked up by besides its id: the argument naming it and how a client's value is stored. */
export interface AlternateKey {
  argument: string;
  column: string;
  normalize: (value: string) => string;
}

/** Slugs are stored trimmed and lower case. */
export const SLUG_KEY: AlternateKey = {
  argument: 'slug',
  column: 'slug',
  normalize: (slug) => slug.trim().toLowerCase(),
};

/** Article URLs are stored trimmed. */
export const URL_KEY: AlternateKey = { argument: 'url', column: 'url', normalize: (url) => url.trim() };

/** Given an entity, one of its alternate keys and a value as a client sent it, returns that row, or null. */
export async function findByKey<T extends object>(
  dataSource: DataSource,
  entity: new () => T,
  key: AlternateKey,
  value: string,
): Promise<T | null> {
  const table = dataSource.getMetadata(entity).tableName;
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${selectColumns(dataSource, entity, 't')} FROM ${table} t WHERE t.${key.column} = $1`,
    [key.normalize(value)],
  );
  return hydrate(entity, rows)[0] ?? null;
}

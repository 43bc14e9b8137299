import type { DataSource } from 'typeorm';
import { hydrate, selectColumns } from './hydrate';

/** Given a slug as a client typed it, returns it as stored: trimmed, lower case. */
export const slugKey = (slug: string): string => slug.trim().toLowerCase();

/** Given an entity with a unique `slug` column and a slug, returns that row, or null. Slugs are lower case. */
export async function findBySlug<T extends object>(
  dataSource: DataSource,
  entity: new () => T,
  slug: string,
): Promise<T | null> {
  const table = dataSource.getMetadata(entity).tableName;
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${selectColumns(dataSource, entity, 't')} FROM ${table} t WHERE t.slug = $1`,
    [slugKey(slug)],
  );
  return hydrate(entity, rows)[0] ?? null;
}

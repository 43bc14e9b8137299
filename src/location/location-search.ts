import { likePattern } from '../db/like-pattern';
import type { SqlParams } from '../db/sql-params';
import type { LocationKind } from './location-kind';

/** Given a kind and search text (either may be absent), returns conditions on locations `x`. */
export function locationSearchConditions(
  filter: { kind?: LocationKind | null; search?: string | null },
  params: SqlParams,
): string[] {
  const conditions: string[] = [];
  if (filter.kind != null) conditions.push(`x.kind = ${params.add(filter.kind)}`);
  if (filter.search != null)
    conditions.push(`lower(x.name) LIKE ${params.add(likePattern(filter.search, 'startsWith'))}`);
  return conditions;
}

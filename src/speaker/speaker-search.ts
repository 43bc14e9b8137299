import { likePattern } from '../db/like-pattern';
import type { SqlParams } from '../db/sql-params';

/** Given search text (or none), returns conditions on speakers `x`: the text inside the name, role or an alias. */
export function speakerSearchConditions(search: string | null | undefined, params: SqlParams): string[] {
  if (search == null) return [];
  const pattern = params.add(likePattern(search, 'contains'));
  return [
    `(lower(x.name) LIKE ${pattern} OR lower(coalesce(x.role, '')) LIKE ${pattern}
      OR EXISTS (SELECT 1 FROM unnest(x.aliases) alias WHERE lower(alias) LIKE ${pattern}))`,
  ];
}

import { SLUG_KEY } from '../relations/describe';
import type { SqlParams } from '../../db/sql-params';
import { UserInputError } from '../errors/coded-errors';
import { parseGlobalId, type NodeTypeName } from '../ids/global-id';

/** The tables a filter may reference by slug or global id. */
const TABLES: Partial<Record<NodeTypeName, string>> = {
  Speaker: 'speakers',
  Location: 'locations',
  Topic: 'topics',
};

/**
 * Given a filter value that is a slug or a global id of `typeName`, returns an SQL expression for
 * the row's database id, resolved inside the statement (no extra round trip). A global id of another
 * type is BAD_USER_INPUT; an unknown slug simply matches nothing.
 */
export function referenceIdExpression(
  value: string,
  typeName: NodeTypeName,
  argumentName: string,
  params: SqlParams,
): string {
  const parsed = parseGlobalId(value);
  if (parsed) {
    if (parsed.typeName !== typeName) {
      throw new UserInputError(`"${argumentName}" must be a ${typeName} slug or id.`, { argumentName });
    }
    return params.add(parsed.id);
  }
  const slug = params.add(SLUG_KEY.normalize(value));
  // A merged or renamed speaker's old slug (speaker_redirects) filters by the speaker it became.
  if (typeName === 'Speaker') {
    return `coalesce((SELECT id FROM speakers WHERE slug = ${slug}), (SELECT speaker_id FROM speaker_redirects WHERE slug = ${slug}))`;
  }
  return `(SELECT id FROM ${TABLES[typeName]} WHERE slug = ${slug})`;
}

/** Given a search string, returns it trimmed; BAD_USER_INPUT when nothing is left to search for. */
export function requireSearchText(search: string, argumentName: string): string {
  const trimmed = search.trim();
  if (!trimmed) throw new UserInputError(`"${argumentName}" must not be empty.`, { argumentName });
  return trimmed;
}

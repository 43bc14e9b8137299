// The one description of each type's relations and root lookups; see registry.ts.
export {
  BY_NAME,
  count,
  deferred,
  describeType,
  everyRow,
  list,
  lookup,
  one,
  page,
  ranked,
  RANKED_LIMIT,
  resolverOnly,
  SLUG_KEY,
  throughLinkTable,
  valueRows,
} from './describe';
export { RelationRegistry } from './registry';
export type * from './relation';

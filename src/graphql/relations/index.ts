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
  resolverOnly,
  SLUG_KEY,
  throughLinkTable,
} from './describe';
export { RelationRegistry } from './registry';
export type * from './relation';

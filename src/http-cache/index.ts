export { cacheControlPlugin } from './cache-control-plugin';
export type { DataGeneration } from './data-generation';
export { followDataChanges } from './follow-data-changes';
export {
  createHttpCache,
  type ConditionalRequest,
  type HttpCache,
  type RevalidationResult,
} from './http-cache';
export { sharedGeneration, type SharedGeneration } from './shared-generation';

export { cacheControlPlugin } from './cache-control-plugin';
export type { DataGeneration } from './data-generation';
export {
  createHttpCache,
  type ConditionalRequest,
  type HttpCache,
  type RevalidationResult,
} from './http-cache';
export { sharedGeneration } from './shared-generation';

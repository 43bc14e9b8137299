// Read queries compiled into one SQL statement each; see compiled-query-plugin.ts.
export { compileQuery, type CompiledQuery, type QueryToCompile } from './compile-query';
export { NotCompilable } from './compile-context';
export { plainData, stringifyResult } from './json-text-data';
export {
  COMPILED_QUERY_DEFAULTS,
  compiledQueryPlugin,
  type CompiledQueryOptions,
} from './compiled-query-plugin';

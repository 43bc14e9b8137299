import type { ValidationRule } from 'graphql';
import { maxAliasesRule } from './max-aliases';
import { maxCostRule } from './max-cost';
import { maxDepthRule } from './max-depth';
import { maxDirectivesRule } from './max-directives';

/** The limits checked on every operation before it runs (tokens and body size are checked earlier, by the parser and the HTTP layer). */
export interface QueryLimits {
  readonly depth: number;
  readonly aliases: number;
  readonly cost: number;
  readonly directives: number;
}

/**
 * Given the limits, returns the validation rules that enforce them. They run with graphql-js's own
 * rules, on the parsed document only: a refused operation costs no SQL and no resolver call.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule(limits.depth),
    maxAliasesRule(limits.aliases),
    maxDirectivesRule(limits.directives),
    maxCostRule(limits.cost),
  ];
}

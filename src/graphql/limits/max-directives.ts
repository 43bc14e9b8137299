import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { QueryTooComplexError } from '../errors/coded-errors';
import { fragmentMeasure } from './fragment-measure';

/**
 * Given the most directives allowed, returns a validation rule that refuses operations using more
 * with QUERY_TOO_COMPLEX. Every `@skip`, `@include` or other directive counts, on the operation,
 * fields, fragments and spreads, as many times as a fragment is spread.
 */
export function maxDirectivesRule(maximum: number): ValidationRule {
  return (context) => {
    const fragmentDirectives = fragmentMeasure(
      context,
      (fragment) => (fragment.directives?.length ?? 0) + directivesIn(fragment.selectionSet),
      0,
    );
    function directivesIn(selectionSet: SelectionSetNode): number {
      let count = 0;
      for (const selection of selectionSet.selections) {
        count += selection.directives?.length ?? 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet) count += directivesIn(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += directivesIn(selection.selectionSet);
        } else {
          count += fragmentDirectives(selection.name.value);
        }
      }
      return count;
    }
    return {
      OperationDefinition(operation) {
        const directives = (operation.directives?.length ?? 0) + directivesIn(operation.selectionSet);
        if (directives > maximum) {
          context.reportError(
            new QueryTooComplexError(
              `The operation uses ${directives} directives; the limit is ${maximum} (MAX_DIRECTIVES).`,
              { limit: 'MAX_DIRECTIVES', maximum, actual: directives, node: operation },
            ),
          );
        }
      },
    };
  };
}

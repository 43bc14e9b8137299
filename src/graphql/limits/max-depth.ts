import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { QueryTooComplexError } from '../errors/coded-errors';
import { fragmentMeasure } from './fragment-measure';
import { isIntrospectionField } from './is-introspection-field';

/**
 * Given the deepest nesting allowed, returns a validation rule that refuses operations nested deeper
 * with QUERY_TOO_COMPLEX. Depth counts selection sets below the operation's own, through fragments:
 * `{ topics { slug } }` is 1 deep. Introspection subtrees are not counted.
 */
export function maxDepthRule(maximum: number): ValidationRule {
  return (context) => {
    const fragmentDepth = fragmentMeasure(context, (fragment) => depthOf(fragment.selectionSet), 0);
    function depthOf(selectionSet: SelectionSetNode): number {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet && !isIntrospectionField(selection.name.value)) {
            deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maximum) {
          context.reportError(
            new QueryTooComplexError(
              `The operation is nested ${depth} levels deep; the limit is ${maximum} (MAX_DEPTH).`,
              {
                limit: 'MAX_DEPTH',
                maximum,
                actual: depth,
                node: operation,
              },
            ),
          );
        }
      },
    };
  };
}

import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { QueryTooComplexError } from '../errors/coded-errors';
import { fragmentMeasure } from './fragment-measure';

/**
 * Given the most aliases allowed, returns a validation rule that refuses operations with more with
 * QUERY_TOO_COMPLEX. Aliases are counted as executed: a fragment spread three times counts three
 * times, since each alias asks the server to resolve its field once more.
 */
export function maxAliasesRule(maximum: number): ValidationRule {
  return (context) => {
    const fragmentAliases = fragmentMeasure(context, (fragment) => aliasesIn(fragment.selectionSet), 0);
    function aliasesIn(selectionSet: SelectionSetNode): number {
      let count = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) count += 1;
          if (selection.selectionSet) count += aliasesIn(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += aliasesIn(selection.selectionSet);
        } else {
          count += fragmentAliases(selection.name.value);
        }
      }
      return count;
    }
    return {
      OperationDefinition(operation) {
        const aliases = aliasesIn(operation.selectionSet);
        if (aliases > maximum) {
          context.reportError(
            new QueryTooComplexError(
              `The operation uses ${aliases} aliases; the limit is ${maximum} (MAX_ALIASES).`,
              {
                limit: 'MAX_ALIASES',
                maximum,
                actual: aliases,
                node: operation,
              },
            ),
          );
        }
      },
    };
  };
}

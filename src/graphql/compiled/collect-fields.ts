import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import type { CompileContext } from './compile-context';

function included(context: CompileContext, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, context.variables);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, context.variables);
  return include?.['if'] !== false;
}

function conditionApplies(
  context: CompileContext,
  typeName: string | undefined,
  type: GraphQLObjectType,
): boolean {
  if (typeName === undefined || typeName === type.name) return true;
  const condition = context.schema.getType(typeName);
  return condition !== undefined && isAbstractType(condition) && context.schema.isSubType(condition, type);
}

function collectInto(
  context: CompileContext,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fields: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(context, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const merged = fields.get(key);
      if (merged) merged.push(selection);
      else fields.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (conditionApplies(context, selection.typeCondition?.name.value, type)) {
        collectInto(context, type, selection.selectionSet, fields, visitedFragments);
      }
    } else {
      const name = selection.name.value;
      const fragment = context.fragments[name];
      if (visitedFragments.has(name) || !fragment) continue;
      visitedFragments.add(name);
      if (conditionApplies(context, fragment.typeCondition.name.value, type)) {
        collectInto(context, type, fragment.selectionSet, fields, visitedFragments);
      }
    }
  }
}

/**
 * Given an object type and the field nodes selecting it (or the operation's selection set), returns
 * its fields by response key in query order, as graphql-js collects them: fragments flattened when
 * their type condition holds, `@skip`/`@include` applied, same-key fields merged.
 */
export function collectFields(
  context: CompileContext,
  type: GraphQLObjectType,
  selections: readonly FieldNode[] | SelectionSetNode,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visitedFragments = new Set<string>();
  const sets = 'kind' in selections ? [selections] : selections.flatMap((node) => node.selectionSet ?? []);
  for (const set of sets) collectInto(context, type, set, fields, visitedFragments);
  return fields;
}

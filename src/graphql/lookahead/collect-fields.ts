import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** What collecting a selection depends on: the schema, the document's fragments, the variables. */
export interface SelectionScope {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

function included(scope: SelectionScope, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, scope.variables);
  if (skip?.['if'] === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, scope.variables);
  return include?.['if'] !== false;
}

function conditionApplies(
  scope: SelectionScope,
  typeName: string | undefined,
  type: GraphQLObjectType,
): boolean {
  if (typeName === undefined || typeName === type.name) return true;
  const condition = scope.schema.getType(typeName);
  return condition !== undefined && isAbstractType(condition) && scope.schema.isSubType(condition, type);
}

function collectInto(
  scope: SelectionScope,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fields: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(scope, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const merged = fields.get(key);
      if (merged) merged.push(selection);
      else fields.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (conditionApplies(scope, selection.typeCondition?.name.value, type)) {
        collectInto(scope, type, selection.selectionSet, fields, visitedFragments);
      }
    } else {
      const name = selection.name.value;
      const fragment = scope.fragments[name];
      if (visitedFragments.has(name) || !fragment) continue;
      visitedFragments.add(name);
      if (conditionApplies(scope, fragment.typeCondition.name.value, type)) {
        collectInto(scope, type, fragment.selectionSet, fields, visitedFragments);
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
  scope: SelectionScope,
  type: GraphQLObjectType,
  selections: readonly FieldNode[] | SelectionSetNode,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visitedFragments = new Set<string>();
  const sets = 'kind' in selections ? [selections] : selections.flatMap((node) => node.selectionSet ?? []);
  for (const set of sets) collectInto(scope, type, set, fields, visitedFragments);
  return fields;
}

import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const memo = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

/** Given a selection set, returns its fields with fragments and inline fragments flattened. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  });
}

/**
 * Given the resolve info of a connection field, returns the names of the fields the query selects
 * on its nodes (under `nodes { … }` and `edges { node { … } }`), so a list can fetch in the same
 * statement what its nodes will be asked for.
 */
export function connectionNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  // The same field is resolved once per parent (20 topics, 20 calls) with the same AST nodes.
  const known = memo.get(info.fieldNodes);
  if (known) return known;
  const names = new Set<string>();
  const connectionFields = info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info));
  for (const field of connectionFields) {
    const nodes =
      field.name.value === 'nodes'
        ? fieldsOf(field.selectionSet, info)
        : field.name.value === 'edges'
          ? fieldsOf(field.selectionSet, info)
              .filter((edgeField) => edgeField.name.value === 'node')
              .flatMap((edgeField) => fieldsOf(edgeField.selectionSet, info))
          : [];
    for (const node of nodes) names.add(node.name.value);
  }
  memo.set(info.fieldNodes, names);
  return names;
}

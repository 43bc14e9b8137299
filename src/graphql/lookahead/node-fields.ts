import {
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import { collectFields, type SelectionScope } from './collect-fields';

const memo = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

/** What is selected on an object field: the field's type and its fields by response key. */
interface Selection {
  type: GraphQLObjectType;
  fields: Map<string, FieldNode[]>;
}

/** Given a type and the nodes selecting one of its object fields, returns what is selected on that field. */
function under(
  scope: SelectionScope,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): Selection | null {
  const named = getNamedType(type.getFields()[nodes[0]?.name.value ?? '']?.type);
  return named && isObjectType(named) ? { type: named, fields: collectFields(scope, named, nodes) } : null;
}

/**
 * Given the resolve info of a connection field, returns the names of the fields the query selects
 * on its nodes (under `nodes { … }` and `edges { node { … } }`, collected as graphql-js will: type
 * conditions and `@skip`/`@include` apply), so a list can fetch in the same statement what its
 * nodes will be asked for.
 */
export function connectionNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  // The same field is resolved once per parent (20 topics, 20 calls) with the same AST nodes.
  const known = memo.get(info.fieldNodes);
  if (known) return known;
  const scope = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const connection = getNamedType(info.returnType);
  const onNodes: Selection[] = [];
  if (isObjectType(connection)) {
    for (const fields of collectFields(scope, connection, info.fieldNodes).values()) {
      const selected = under(scope, connection, fields);
      if (!selected) continue;
      if (fields[0]?.name.value === 'nodes') onNodes.push(selected);
      if (fields[0]?.name.value !== 'edges') continue;
      for (const edgeFields of selected.fields.values()) {
        const node = edgeFields[0]?.name.value === 'node' ? under(scope, selected.type, edgeFields) : null;
        if (node) onNodes.push(node);
      }
    }
  }
  const names = new Set(
    onNodes.flatMap(({ fields }) => [...fields.values()].map(([field]) => field?.name.value ?? '')),
  );
  memo.set(info.fieldNodes, names);
  return names;
}

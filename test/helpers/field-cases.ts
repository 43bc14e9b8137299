import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** One field of the schema and a query that reaches it from the root and selects it. */
export interface FieldCase {
  /** `Type.field`. */
  name: string;
  query: string;
}

/** Given a root field, the argument list to call it with (`(id: "…")`), or '' when it needs none. */
export type RootArguments = (field: GraphQLField<unknown, unknown>) => string;

const hasRequiredArgs = (field: GraphQLField<unknown, unknown>): boolean =>
  field.args.some((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined);

/**
 * Given a type, returns what to select on a field of that type: nothing for a leaf; else its
 * `__typename`, every leaf field and, one level down, every object field as `{ __typename }`, so
 * a connection reads its page, its count and its page info.
 */
function selection(type: GraphQLNamedType): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return ' { __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (hasRequiredArgs(field)) continue;
    parts.push(isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`);
  }
  return ` { ${parts.join(' ')} }`;
}

/**
 * Given a schema and how to call the root fields, returns one case per field of every object type
 * a read query can reach (introspection aside): each type is reached by the shortest path from
 * `Query` (breadth first, fields in schema order), and the case selects the field on it. Generated
 * from the schema, so a new field gets its case without anyone listing it.
 */
export function fieldCases(schema: GraphQLSchema, rootArguments: RootArguments): FieldCase[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const paths = new Map<GraphQLObjectType, (inner: string) => string>([[query, (inner) => `{ ${inner} }`]]);
  const queue: GraphQLObjectType[] = [query];
  const cases: FieldCase[] = [];
  for (let type = queue.shift(); type; type = queue.shift()) {
    const path = paths.get(type) as (inner: string) => string;
    for (const field of Object.values(type.getFields())) {
      const args = type === query ? rootArguments(field) : '';
      if (args === '' && hasRequiredArgs(field))
        throw new Error(`no arguments for ${type.name}.${field.name}`);
      const named = getNamedType(field.type);
      cases.push({
        name: `${type.name}.${field.name}`,
        query: path(`${field.name}${args}${selection(named)}`),
      });
      if (isObjectType(named) && !paths.has(named)) {
        paths.set(named, (inner) => path(`${field.name}${args} { ${inner} }`));
        queue.push(named);
      }
    }
  }
  return cases;
}

/**
 * Given a field name, returns whether it is one of GraphQL's introspection fields (`__schema`,
 * `__type`, `__typename`). Their answers come from the schema in memory, never from Postgres, so
 * depth and cost leave them out: the Sandbox's introspection query is deep but cheap. Their
 * nesting is bounded apart, by graphql-js's own `MaxIntrospectionDepthRule` (in `specifiedRules`),
 * which refuses the `possibleTypes { interfaces { possibleTypes … } }` loops that would grow exponentially.
 */
export function isIntrospectionField(name: string): boolean {
  return name.startsWith('__');
}

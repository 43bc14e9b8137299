import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** Given a schema, returns its SDL sorted by name: the text of the committed `schema.graphql`. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

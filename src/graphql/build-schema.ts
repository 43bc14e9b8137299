import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType, type NonEmptyArray, type PubSub } from 'type-graphql';

/**
 * Given the resolver classes and the PubSub their subscriptions read, returns the executable GraphQL
 * schema built from the decorated classes.
 */
export async function buildGraphqlSchema(
  resolvers: readonly [ClassType, ...ClassType[]],
  pubSub: PubSub,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers] as NonEmptyArray<ClassType>,
    pubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Arguments are checked by hand where they are used; class-validator is not part of the stack.
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql offers no option for the root types' descriptions, and the Sandbox shows them first.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query)
    query.description = 'Reads are public: articles, quotes, speakers, places and topics, with nested links.';
  if (mutation)
    mutation.description = 'Writes. Every mutation needs the header `Authorization: Bearer <API_TOKEN>`.';
  if (subscription)
    subscription.description =
      'Live events over WebSocket (graphql-ws, `ws://HOST/graphql`); public like reads, no token needed.';
  return schema;
}

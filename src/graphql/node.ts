import { Field, ID, InterfaceType } from 'type-graphql';

/** The Relay `Node` interface: anything with a global id that `Query.node` can fetch again. */
@InterfaceType('Node', {
  description: 'An object with a globally unique id that `Query.node(id:)` can fetch again.',
  resolveType: (value: { readonly graphqlTypeName?: string }) => value.graphqlTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque id of this object.' })
  id!: string;
}

import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { PageInfo } from './page-info';

/** The runtime shape of every connection; `totalCount` is computed only when a query asks for it. */
export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * Given a node type and its GraphQL name, returns the `<Name>Connection` object type (and declares
 * `<Name>Edge`), the Relay shape every growing list of this API uses.
 */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `One ${name} in a list, with its cursor.`,
  })
  class Edge {
    @Field(() => String, { description: 'Pass as `after` to continue the list after this item.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${plural}.` })
  class Connection implements ConnectionValue<T> {
    @Field(() => [Edge], { description: `The ${plural} of this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [nodeType], { description: `The ${plural} of this page (the edges' nodes).` })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more items follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} the whole list holds, across all pages.` })
    totalCount!: Promise<number>;
  }

  return Connection;
}

import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context';
import { parseGlobalId, type NodeTypeName } from './ids/global-id';
import { Node } from './node';
import { UserInputError } from './errors/coded-errors';

/** `Query.node`: fetch any object again by its global id. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when it no longer exists.',
  })
  node(
    @Arg('id', () => ID, { description: 'A global id from any `id` field.' }) id: string,
    @Ctx() context: RequestContext,
  ) {
    const parsed = parseGlobalId(id);
    if (!parsed) throw new UserInputError('"id" is not a valid id.', { argumentName: 'id' });
    const loaders: Record<NodeTypeName, () => { load(key: number): Promise<object | null> }> = {
      Article: context.loaders.article,
      Speaker: context.loaders.speaker,
      Quote: context.loaders.quote,
      Location: context.loaders.location,
      Topic: context.loaders.topic,
    };
    return loaders[parsed.typeName]().load(parsed.id);
  }
}

import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from './context';
import { parseGlobalId } from './ids/global-id';
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
    return context.loaders.node(parsed.typeName, parsed.id);
  }
}

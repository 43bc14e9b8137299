import { ArgsType, Field, Int } from 'type-graphql';
import { UserInputError } from '../errors/coded-errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` and `after`, the arguments of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: ${DEFAULT_PAGE_SIZE} when omitted, at most ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (`pageInfo.endCursor`).',
  })
  after?: string | null;
}

/** A validated page request. */
export interface PageRequest {
  first: number;
  after: string | null;
}

/** Given connection arguments, returns the page request; BAD_USER_INPUT when `first` is out of range. */
export function toPageRequest(args: PageArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) {
    throw new UserInputError(`"first" must be between 0 and ${MAX_PAGE_SIZE}; got ${first}.`, {
      argumentName: 'first',
      maximum: MAX_PAGE_SIZE,
    });
  }
  return { first, after: args.after ?? null };
}

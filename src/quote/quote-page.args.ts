import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../graphql/pagination/page-args';
import { QuoteFilter } from './quote-filter.input';

/** `first`, `after` and an optional filter: the arguments of every quote list. */
@ArgsType()
export class QuotePageArgs extends PageArgs {
  @Field(() => QuoteFilter, { nullable: true, description: 'Only quotes matching every field given.' })
  filter?: QuoteFilter | null;
}

import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../graphql/pagination/page-args';
import { QuoteFilter } from './quote-filter.input';
import { QuoteOrder } from './quote-order';

/** `first`, `after`, an optional filter and order: the arguments of every quote list. */
@ArgsType()
export class QuotePageArgs extends PageArgs {
  @Field(() => QuoteFilter, { nullable: true, description: 'Only quotes matching every field given.' })
  filter?: QuoteFilter | null;

  @Field(() => QuoteOrder, {
    nullable: true,
    description:
      "The order: newest published first when omitted (an article's quotes: reading order). A cursor belongs to its order: one from another order is refused.",
  })
  orderBy?: QuoteOrder | null;
}

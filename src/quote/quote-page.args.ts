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
      "The order: the list's own (`RECENTLY_ADDED`) when omitted. By publication, a page sorts the matches of its filter, so it costs more on a long list.",
  })
  orderBy?: QuoteOrder | null;
}

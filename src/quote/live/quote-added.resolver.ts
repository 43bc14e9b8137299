import { Args, Resolver, Root, Subscription } from 'type-graphql';
import { Quote } from '../quote.entity';
import { QUOTE_ADDED_TOPIC, quoteAddedKey } from './quote-added-filter';
import { QuoteAddedArgs } from './quote-added.args';

/** Live quotes: each subscription listens under its filter's key; the feed publishes the quotes that match it. */
@Resolver(() => Quote)
export class QuoteAddedResolver {
  @Subscription(() => Quote, {
    topics: QUOTE_ADDED_TOPIC,
    topicId: ({ args }) => quoteAddedKey(args as QuoteAddedArgs),
    description:
      'Quotes as they are stored: all, or only those about a topic, by a speaker, or naming a place (or one inside it).',
  })
  quoteAdded(@Root() quote: Quote, @Args(() => QuoteAddedArgs) _filter: QuoteAddedArgs): Quote {
    return quote;
  }
}

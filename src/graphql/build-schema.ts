import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ArticleResolver } from '../article/article.resolver';
import { IngestResolver } from '../ingest/ingest.resolver';
import { LocationResolver } from '../location/location.resolver';
import { QuoteResolver } from '../quote/quote.resolver';
import { SpeakerResolver } from '../speaker/speaker.resolver';
import { TopicResolver } from '../topic/topic.resolver';
import { NodeResolver } from './node.resolver';

/** Every resolver class of the API. */
export const RESOLVERS = [
  NodeResolver,
  ArticleResolver,
  SpeakerResolver,
  QuoteResolver,
  LocationResolver,
  TopicResolver,
  IngestResolver,
] as const;

/** Given nothing, returns the executable GraphQL schema built from the decorated classes. */
export function buildQuoteGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Arguments are checked by hand where they are used; class-validator is not part of the stack.
    validate: false,
    emitSchemaFile: false,
  });
}

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
const RESOLVERS = [
  NodeResolver,
  ArticleResolver,
  SpeakerResolver,
  QuoteResolver,
  LocationResolver,
  TopicResolver,
  IngestResolver,
] as const;

/** Given nothing, returns the executable GraphQL schema built from the decorated classes. */
export async function buildQuoteGraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Arguments are checked by hand where they are used; class-validator is not part of the stack.
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql offers no option for the root types' descriptions, and the Sandbox shows them first.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query)
    query.description = 'Reads are public: articles, quotes, speakers, places and topics, with nested links.';
  if (mutation)
    mutation.description = 'Writes. Every mutation needs the header `Authorization: Bearer <API_TOKEN>`.';
  return schema;
}

import type { GraphQLSchema } from 'graphql';
import type { PubSub } from 'type-graphql';
import { MIGRATIONS } from '../migrations';
import type { Logger } from 'pino';
import type { Config } from './config';
import { createDataSource, type DataSourceOptions } from './db/data-source';
import { openDatabase, type OpenDatabase, type OpenDatabaseOptions } from './db/open-database';
import { Article } from './article/article.entity';
import { ArticleResolver } from './article/article.resolver';
import { ARTICLE, ARTICLE_ROOTS } from './article/article.relations';
import { EditorialEdit } from './editorial/editorial-edit.entity';
import { EditorialFix } from './editorial/editorial-fix.entity';
import { EditorialResolver } from './editorial/editorial.resolver';
import { EDITORIAL_EDIT, EDITORIAL_ROOTS } from './editorial/editorial.relations';
import { SpeakerRedirect } from './editorial/speaker-redirect.entity';
import { buildGraphqlSchema } from './graphql/build-schema';
import { createLivePubSub } from './graphql/subscriptions/live-pub-sub';
import { NodeResolver } from './graphql/node.resolver';
import { RelationRegistry } from './graphql/relations';
import { IngestResolver } from './ingest/ingest.resolver';
import { IngestBatchItem } from './ingest/queue/ingest-batch-item.entity';
import { IngestBatch } from './ingest/queue/ingest-batch.entity';
import { INGEST_BATCH_ROOTS } from './ingest/queue/ingest-batch.relations';
import { IngestBatchResolver } from './ingest/queue/ingest-batch.resolver';
import { ReextractResolver } from './ingest/reextract/reextract.resolver';
import { Location } from './location/location.entity';
import { LocationResolver } from './location/location.resolver';
import { LOCATION, LOCATION_ROOTS } from './location/location.relations';
import {
  ArticleLocation,
  ArticlePlaceWithin,
  QuoteLocation,
  QuotePlaceWithin,
  QuoteTopic,
} from './quote/quote-links.entity';
import { Quote } from './quote/quote.entity';
import { QuoteAddedResolver } from './quote/live/quote-added.resolver';
import { startQuoteAddedFeed, type QuoteAddedFeedOptions } from './quote/live/quote-added-feed';
import { QuoteResolver } from './quote/quote.resolver';
import { QUOTE, QUOTE_ROOTS } from './quote/quote.relations';
import { TopicSpeakerCount } from './quote/topic-speaker-count.entity';
import { Speaker } from './speaker/speaker.entity';
import { SpeakerResolver } from './speaker/speaker.resolver';
import { SPEAKER, SPEAKER_ROOTS } from './speaker/speaker.relations';
import { Topic } from './topic/topic.entity';
import { TopicResolver } from './topic/topic.resolver';
import { TOPIC, TOPIC_ROOTS } from './topic/topic.relations';

// The one place that knows every feature folder: it hands their parts to the layers below
// (graphql/ and db/), which import no feature.

/** Every TypeORM entity of the application. */
export const ENTITIES = [
  Article,
  Speaker,
  Quote,
  Location,
  Topic,
  QuoteTopic,
  QuoteLocation,
  QuotePlaceWithin,
  ArticleLocation,
  ArticlePlaceWithin,
  EditorialEdit,
  EditorialFix,
  SpeakerRedirect,
  TopicSpeakerCount,
  IngestBatch,
  IngestBatchItem,
];

/** Every object type's relations and every root field: what the compiler and the loaders read. */
export const RELATIONS = new RelationRegistry([ARTICLE, SPEAKER, QUOTE, LOCATION, TOPIC, EDITORIAL_EDIT], {
  ...ARTICLE_ROOTS,
  ...SPEAKER_ROOTS,
  ...QUOTE_ROOTS,
  ...LOCATION_ROOTS,
  ...TOPIC_ROOTS,
  ...EDITORIAL_ROOTS,
  ...INGEST_BATCH_ROOTS,
});

/** Every resolver class of the API. */
const RESOLVERS = [
  NodeResolver,
  ArticleResolver,
  SpeakerResolver,
  QuoteResolver,
  QuoteAddedResolver,
  LocationResolver,
  TopicResolver,
  IngestResolver,
  IngestBatchResolver,
  ReextractResolver,
  EditorialResolver,
] as const;

/**
 * Given the PubSub its subscriptions read (a fresh one when only the schema's shape matters), returns
 * the executable GraphQL schema built from the decorated classes.
 */
export function buildQuoteGraphSchema(pubSub: PubSub = createLivePubSub().pubSub): Promise<GraphQLSchema> {
  return buildGraphqlSchema(RESOLVERS, pubSub);
}

/** Given the process's LISTEN connection and PubSub, starts every live feed; resolves to how to stop them. */
export function startLiveFeeds(options: QuoteAddedFeedOptions): Promise<() => Promise<void>> {
  return startQuoteAddedFeed(options);
}

/** Given where Postgres is, returns an uninitialised DataSource for every entity of the application. */
export function createQuoteGraphDataSource(options: Omit<DataSourceOptions, 'entities' | 'migrations'>) {
  return createDataSource({ ...options, entities: ENTITIES, migrations: MIGRATIONS });
}

/** Given the configuration, opens the application's database (see `openDatabase`), migrated unless told not to. */
export function openQuoteGraphDatabase(
  config: Config,
  logger: Logger,
  options: Pick<OpenDatabaseOptions, 'migrate' | 'onDatabaseLost'> = {},
): Promise<OpenDatabase> {
  return openDatabase(config, logger, { ...options, entities: ENTITIES, migrations: MIGRATIONS });
}

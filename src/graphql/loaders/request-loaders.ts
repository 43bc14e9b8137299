import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { articleList, type ArticleScope } from '../../article/article-list';
import type { ArticleFilter } from '../../article/article-filter.input';
import { Article } from '../../article/article.entity';
import { NODE_ENTITIES } from '../../db/entities';
import { hydrate, selectColumns } from '../../db/hydrate';
import { hydrateJson } from '../../db/json-columns';
import { quoteList, type QuoteScope } from '../../quote/quote-list';
import type { QuoteIncludes } from '../../quote/quote-includes';
import type { QuoteFilter } from '../../quote/quote-filter.input';
import { Quote } from '../../quote/quote.entity';
import { Speaker } from '../../speaker/speaker.entity';
import { Topic } from '../../topic/topic.entity';
import type { NodeTypeName } from '../ids/global-id';
import { connectionLoader } from '../pagination/connection-loader';
import type { ConnectionValue } from '../pagination/connection-type';
import { toPageRequest, type PageArgs } from '../pagination/page-args';
import { byIdLoader } from './by-id-loader';
import { groupedLoader, valueLoader } from './grouped-loader';
import {
  articleLocationsLink,
  articleSpeakersLink,
  articleTopicsLink,
  quoteLocationsLink,
  quoteTopicsLink,
  speakerQuoteCount,
  speakerTopicsLink,
  topicQuoteCount,
  topicSpeakersLink,
  type CountLink,
  type Link,
} from './links';

const NO_INCLUDES: QuoteIncludes = { speaker: false, article: false, topics: false };

const one =
  <T extends object>(entity: new () => T) =>
  (row: Record<string, unknown>) =>
    hydrate(entity, [row])[0] as T;

/**
 * The DataLoaders of one request, made on first use. Every nested field of the schema reads through
 * one of these, so the number of SQL statements a query costs follows its shape, not its row count.
 */
export class RequestLoaders {
  private readonly cache = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  private memo<V>(key: string, make: () => DataLoader<number, V>): DataLoader<number, V> {
    let loader = this.cache.get(key);
    if (!loader) {
      loader = make();
      this.cache.set(key, loader);
    }
    return loader as DataLoader<number, V>;
  }

  private columns(entity: new () => object, alias: string): string {
    return selectColumns(this.dataSource, entity, alias);
  }

  /** The by-id loader of a node type (what `node(id)` and every to-one link read through). */
  byId<N extends NodeTypeName>(
    typeName: N,
  ): DataLoader<number, InstanceType<(typeof NODE_ENTITIES)[N]> | null> {
    return this.memo(typeName, () =>
      byIdLoader<object>(this.dataSource, NODE_ENTITIES[typeName]),
    ) as DataLoader<number, InstanceType<(typeof NODE_ENTITIES)[N]> | null>;
  }

  readonly article = () => this.byId('Article');
  readonly speaker = () => this.byId('Speaker');
  readonly quote = () => this.byId('Quote');
  readonly location = () => this.byId('Location');
  readonly topic = () => this.byId('Topic');

  /**
   * One page of quotes for each parent of `scope`, for the given arguments. Related rows the query
   * will ask for (`include`) come in the same statement and are primed into their loaders, so
   * resolving them costs no further round trip.
   */
  quotePages(
    scope: QuoteScope,
    args: PageArgs & { filter?: QuoteFilter | null },
    include: QuoteIncludes = NO_INCLUDES,
  ): DataLoader<number, ConnectionValue<Quote>> {
    const page = toPageRequest(args);
    return this.memo(`quotes:${scope}:${JSON.stringify([args.filter ?? null, page, include])}`, () =>
      connectionLoader(
        this.dataSource,
        () => quoteList(this.dataSource, scope, args.filter, include),
        page,
        (row) => this.primeQuoteIncludes(row),
      ),
    );
  }

  private primeQuoteIncludes(row: Record<string, unknown>): Quote {
    const { includedSpeaker, includedArticle, includedTopics, ...columns } = row;
    const quote = one(Quote)(columns);
    if (includedSpeaker) {
      const speaker = hydrateJson(this.dataSource, Speaker, includedSpeaker as Record<string, unknown>);
      this.speaker().prime(speaker.id, speaker);
    }
    if (includedArticle) {
      const article = hydrateJson(this.dataSource, Article, includedArticle as Record<string, unknown>);
      this.article().prime(article.id, article);
    }
    if (Array.isArray(includedTopics)) {
      const topics = includedTopics.map((topic) =>
        hydrateJson(this.dataSource, Topic, topic as Record<string, unknown>),
      );
      this.quoteTopics().prime(quote.id, topics);
    }
    return quote;
  }

  /** One page of articles for each parent of `scope`, for the given arguments. */
  articlePages(
    scope: ArticleScope,
    args: PageArgs & { filter?: ArticleFilter | null },
  ): DataLoader<number, ConnectionValue<Article>> {
    const page = toPageRequest(args);
    return this.memo(`articles:${scope}:${JSON.stringify([args.filter ?? null, page])}`, () =>
      connectionLoader(
        this.dataSource,
        () => articleList(this.dataSource, scope, args.filter),
        page,
        one(Article),
      ),
    );
  }

  /** A loader from parent key to the parent's related rows, as `link` defines them, in its order. */
  private linked<T extends object>(name: string, link: Link<T>) {
    const table = this.dataSource.getMetadata(link.entity).tableName;
    return this.memo(name, () =>
      groupedLoader(
        this.dataSource,
        `SELECT pairs."parentKey", ${this.columns(link.entity, 'x')}
           FROM (${link.pairs('= ANY($1::integer[])')}) pairs JOIN ${table} x ON x.id = pairs.id
          ORDER BY ${link.orderBy('x', 'pairs')}`,
        one(link.entity),
      ),
    );
  }

  readonly quoteTopics = () => this.linked('quoteTopics', quoteTopicsLink);
  readonly quoteLocations = () => this.linked('quoteLocations', quoteLocationsLink);
  readonly articleLocations = () => this.linked('articleLocations', articleLocationsLink);
  readonly articleSpeakers = () => this.linked('articleSpeakers', articleSpeakersLink);
  readonly articleTopics = () => this.linked('articleTopics', articleTopicsLink);
  readonly speakerTopics = () => this.linked('speakerTopics', speakerTopicsLink);
  readonly topicSpeakers = () => this.linked('topicSpeakers', topicSpeakersLink);

  /** A loader from parent key to how many rows `count` finds for it. */
  private counted(name: string, count: CountLink) {
    return this.memo(name, () =>
      valueLoader(
        this.dataSource,
        `SELECT ${count.column} AS "parentKey", count(*)::integer AS value
           FROM ${count.table} WHERE ${count.column} = ANY($1::integer[]) GROUP BY ${count.column}`,
        0,
      ),
    );
  }

  readonly speakerQuoteCount = () => this.counted('speakerQuoteCount', speakerQuoteCount);
  readonly topicQuoteCount = () => this.counted('topicQuoteCount', topicQuoteCount);

  /** Article bodies, for articles that were loaded without theirs (alongside quotes). */
  readonly articleBody = () =>
    this.memo('articleBody', () =>
      valueLoader(
        this.dataSource,
        'SELECT id AS "parentKey", body AS value FROM articles WHERE id = ANY($1::integer[])',
        '',
      ),
    );
}

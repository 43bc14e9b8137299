import { articleList, type ArticleScope } from '../../article/article-list';
import { Article } from '../../article/article.entity';
import { Location } from '../../location/location.entity';
import type { QuoteIncludes } from '../../quote/quote-includes';
import { quoteList, type QuoteScope } from '../../quote/quote-list';
import type { QuoteFilter } from '../../quote/quote-filter.input';
import { Quote } from '../../quote/quote.entity';
import { Speaker } from '../../speaker/speaker.entity';
import { globalIdSql, type NodeTypeName } from '../ids/global-id';
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
} from '../loaders/links';
import type { ArticleFilter } from '../../article/article-filter.input';
import type { CompiledField, FieldCompiler, TypeFieldCompilers } from './compile-context';
import { connectionJson } from './connection-json';
import { countSql, linkJson, oneRowJson } from './relation-json';

// A compiled page brings nothing along: nested fields are subqueries of the same statement.
const NO_INCLUDES: QuoteIncludes = { speaker: false, article: false, topics: false };

/** `id`: the global id made from the row's key. */
const globalId =
  (typeName: NodeTypeName): FieldCompiler =>
  ({ row }) =>
    globalIdSql(typeName, `${row}.id`);

/** A connection of quotes of the parent row, in `scope`'s order, filtered by the field's `filter`. */
export const quotesOf =
  (scope: QuoteScope, parentKey: (row: string) => string): FieldCompiler =>
  (field: CompiledField) => {
    const filter = field.args['filter'] as QuoteFilter | null | undefined;
    if (filter?.search != null) field.context.planPerValues();
    const list = quoteList(field.context.dataSource, scope, filter, NO_INCLUDES, field.context.params);
    return connectionJson(field, { list, rowAlias: 'q', entity: Quote }, parentKey(field.row));
  };

/** A connection of articles of the parent row, newest first, filtered by the field's `filter`. */
export const articlesOf =
  (scope: ArticleScope, parentKey: (row: string) => string): FieldCompiler =>
  (field: CompiledField) => {
    const filter = field.args['filter'] as ArticleFilter | null | undefined;
    if (filter?.search != null) field.context.planPerValues();
    const list = articleList(field.context.dataSource, scope, filter, field.context.params);
    return connectionJson(field, { list, rowAlias: 'a', entity: Article }, parentKey(field.row));
  };

const ownId = (row: string): string => `${row}.id`;

/**
 * The SQL form of every field of the node types that is not a plain column: ids, links, counts and
 * connections, each the same rows in the same order as its resolver returns.
 */
export const TYPE_FIELDS: TypeFieldCompilers = {
  Quote: {
    id: globalId('Quote'),
    speaker: (field) => oneRowJson(field, Speaker, (alias) => `${alias}.id = ${field.row}.speaker_id`),
    article: (field) => oneRowJson(field, Article, (alias) => `${alias}.id = ${field.row}.article_id`),
    topics: (field) => linkJson(field, quoteTopicsLink, ownId(field.row)),
    locations: (field) => linkJson(field, quoteLocationsLink, ownId(field.row)),
  },
  Article: {
    id: globalId('Article'),
    quotes: quotesOf('article', ownId),
    speakers: (field) => linkJson(field, articleSpeakersLink, ownId(field.row)),
    locations: (field) => linkJson(field, articleLocationsLink, ownId(field.row)),
    topics: (field) => linkJson(field, articleTopicsLink, ownId(field.row)),
  },
  Speaker: {
    id: globalId('Speaker'),
    quoteCount: (field) => countSql(speakerQuoteCount, ownId(field.row)),
    quotes: quotesOf('speaker', ownId),
    articles: articlesOf('speaker', ownId),
    topics: (field) => linkJson(field, speakerTopicsLink, ownId(field.row)),
  },
  Topic: {
    id: globalId('Topic'),
    quoteCount: (field) => countSql(topicQuoteCount, ownId(field.row)),
    quotes: quotesOf('topic', ownId),
    articles: articlesOf('topic', ownId),
    speakers: (field) => linkJson(field, topicSpeakersLink, ownId(field.row)),
  },
  Location: {
    id: globalId('Location'),
    parent: (field) => oneRowJson(field, Location, (alias) => `${alias}.id = ${field.row}.parent_id`),
    quotes: quotesOf('location', ownId),
    articles: articlesOf('location', ownId),
  },
};

import type { DataSource } from 'typeorm';
import { Article } from '../article/article.entity';
import { jsonObjectSql } from '../db/json-columns';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';

/** Which related rows a page of quotes fetches in its own statement, because the query will ask for them. */
export interface QuoteIncludes {
  speaker: boolean;
  article: boolean;
  topics: boolean;
}

/** Given the fields a query selects on quotes, returns what the page should bring along. */
export function quoteIncludes(nodeFields: ReadonlySet<string>): QuoteIncludes {
  return {
    speaker: nodeFields.has('speaker'),
    article: nodeFields.has('article'),
    topics: nodeFields.has('topics'),
  };
}

/**
 * Given what to include, returns extra SELECT expressions over `quotes q`: the speaker and article
 * (without its body, loaded only when asked) as JSON objects, the topics as a JSON array (by name), as `"includedSpeaker"`, `"includedArticle"`,
 * `"includedTopics"`. Correlated subqueries run only for the page's rows, each through a primary key
 * or the quote_topics key.
 */
export function quoteIncludeColumns(dataSource: DataSource, include: QuoteIncludes): string[] {
  const columns: string[] = [];
  if (include.speaker) {
    columns.push(
      `(SELECT ${jsonObjectSql(dataSource, Speaker, 'inc_s')} FROM speakers inc_s WHERE inc_s.id = q.speaker_id) AS "includedSpeaker"`,
    );
  }
  if (include.article) {
    columns.push(
      `(SELECT ${jsonObjectSql(dataSource, Article, 'inc_a', ['body'])} FROM articles inc_a WHERE inc_a.id = q.article_id) AS "includedArticle"`,
    );
  }
  if (include.topics) {
    columns.push(
      `(SELECT coalesce(json_agg(${jsonObjectSql(dataSource, Topic, 'inc_t')} ORDER BY inc_t.name, inc_t.id), '[]')
          FROM quote_topics inc_qt JOIN topics inc_t ON inc_t.id = inc_qt.topic_id
         WHERE inc_qt.quote_id = q.id) AS "includedTopics"`,
    );
  }
  return columns;
}

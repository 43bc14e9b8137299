import { list, type EntityClass, type ListRelation } from '../graphql/relations';

/** A link table from quotes to the rows they are tagged with: its name and the linked row's column. */
export interface QuoteLink {
  table: string;
  column: string;
}

export const QUOTE_TOPICS: QuoteLink = { table: 'quote_topics', column: 'topic_id' };
export const QUOTE_LOCATIONS: QuoteLink = { table: 'quote_locations', column: 'location_id' };

/**
 * Given the linked entity, the quotes' column holding the parent's key and the link table, returns
 * the list of every `target` row linked to the parent's quotes, once each, by name (an article's
 * topics, a speaker's topics or places).
 */
export const linkedToQuotes = <T extends object>(
  target: EntityClass<T>,
  quoteColumn: 'article_id' | 'speaker_id',
  link: QuoteLink,
): ListRelation<T> =>
  list(
    target,
    (parentIs) =>
      `SELECT DISTINCT q.${quoteColumn} AS "parentKey", l.${link.column} AS id
         FROM quotes q JOIN ${link.table} l ON l.quote_id = q.id WHERE q.${quoteColumn} ${parentIs}`,
  );

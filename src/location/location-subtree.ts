/*
 * A place contains itself and everything below it, so a filter by place holds the rows naming any
 * place in its subtree: one range of the table that holds each row under every ancestor of the
 * places it names (migration PlacesWithin).
 */

/** Given SQL for an article's id and a place's id, the condition that the article names a place within it. */
export const articleWithinPlace = (articleId: string, root: string): string =>
  `${articleId} IN (SELECT article_id FROM article_places_within WHERE location_id = ${root})`;

/** Given SQL for a quote's id and a place's id, the condition that the quote names a place within it. */
export const quoteWithinPlace = (quoteId: string, root: string): string =>
  `${quoteId} IN (SELECT quote_id FROM quote_places_within WHERE location_id = ${root})`;

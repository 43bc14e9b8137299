/** A table holding each row under every place it is within (`quote_places_within`, `article_places_within`). */
export interface PlaceLink {
  table: string;
  /** The column holding the row's id. */
  column: string;
}

/**
 * Given a place link, SQL for the row's id and SQL for a place's id, returns the condition that
 * the row names that place or any place inside it (a place contains itself and everything below
 * it): one range of the link's table, which holds each row under every ancestor of the places it
 * names (migration PlacesWithin).
 */
export const namesPlaceWithin = (link: PlaceLink, rowId: string, root: string): string =>
  `${rowId} IN (SELECT ${link.column} FROM ${link.table} WHERE location_id = ${root})`;

export const QUOTE_PLACES: PlaceLink = { table: 'quote_places_within', column: 'quote_id' };
export const ARTICLE_PLACES: PlaceLink = { table: 'article_places_within', column: 'article_id' };

/** A link table pairing rows with the places they name (`quote_locations`, `article_locations`). */
export interface PlaceLink {
  table: string;
  /** The column holding the row's id. */
  column: string;
}

/**
 * Given a place link, SQL for the row's id and SQL for a place's id, returns the condition that
 * the row names that place or any place inside it (a place contains itself and everything below it).
 */
export const namesPlaceWithin = (link: PlaceLink, rowId: string, root: string): string =>
  `${rowId} IN (SELECT ${link.column} FROM ${link.table} WHERE location_id IN (SELECT id FROM location_subtree(${root})))`;

export const QUOTE_PLACES: PlaceLink = { table: 'quote_locations', column: 'quote_id' };
export const ARTICLE_PLACES: PlaceLink = { table: 'article_locations', column: 'article_id' };

/** Paragraph number of a place named in the headline. */
export const TITLE_PARAGRAPH = -1;
/** Paragraph number of a place named in the dateline printed on a line of its own ("MINSK, 2 March"). */
export const DATELINE_PARAGRAPH = -2;

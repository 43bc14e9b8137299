/** A stretch of quoted words found by the mark scanner, in body offsets. */
export interface QuoteSpan {
  /** First character after the opening mark. */
  start: number;
  /** Offset of the closing mark, or the end of the paragraph when the mark is missing. */
  end: number;
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset just after the closing mark (equal to `end` when the mark is missing). */
  closeAfter: number;
  /** Paragraph of the opening mark. */
  paragraph: number;
  /** Paragraph of the closing mark (or where the quote was closed for lack of one). */
  lastParagraph: number;
  /** The closing mark was missing and nothing after the words tells who spoke. */
  unclosed: boolean;
}

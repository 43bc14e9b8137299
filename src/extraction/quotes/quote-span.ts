/** A stretch of quoted words found by the mark scanner, in body offsets; it never leaves its paragraph. */
export interface QuoteSpan {
  /** First character after the opening mark. */
  start: number;
  /** Offset of the closing mark, or where the quotation was closed for lack of one. */
  end: number;
  /** Offset of the opening mark. */
  openAt: number;
  /** Offset just after the closing mark (equal to `end` when the mark is missing). */
  closeAfter: number;
  paragraph: number;
  /** The closing mark was missing and nothing after the words tells who spoke. */
  unclosed: boolean;
  /** The quotation goes on in the next paragraph, which reopens with a mark (the print convention). */
  continues: boolean;
  /** The quotation carries on one that the previous paragraph left open. */
  continuation: boolean;
  /** An interview answer printed without marks: its speaker is the one interviewed. */
  answer?: boolean;
}

/** What became of one article of a batch once its job was done. */
export enum IngestOutcome {
  /** New: extracted and stored. */
  STORED = 'STORED',
  /**
   * A stored article replaced: a correction (same URL or text hash, other text), or, extracting
   * again, an article whose quotes or links came out different.
   */
  UPDATED = 'UPDATED',
  /** Already stored before (same URL or same text): nothing written. */
  UNCHANGED = 'UNCHANGED',
  /** Could not be read, validated or stored, after every retry; the reason is kept. */
  FAILED = 'FAILED',
}

/** What became of one article of a batch once its job was done. */
export enum IngestOutcome {
  /** Extracted and stored: it was new, or a correction of a stored article (other text, same URL). */
  STORED = 'STORED',
  /** Already stored before (same URL or same text): nothing written. */
  UNCHANGED = 'UNCHANGED',
  /** Could not be read, validated or stored, after every retry; the reason is kept. */
  FAILED = 'FAILED',
}

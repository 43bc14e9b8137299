import type { QuoteKind } from '../types';

/** A quotation or report before speakers and topics are attached. */
export interface DraftQuote {
  kind: QuoteKind;
  start: number;
  end: number;
  paragraph: number;
  cue: string | null;
  /** Registry id of the speaker, or null. */
  entity: number | null;
}

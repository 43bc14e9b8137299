/** The `ingestBatch` query as the queue tests read a batch's progress. */
export const BATCH = `query($id: ID!) {
  ingestBatch(id: $id) { id total stored updated unchanged failed pending finished failures { index reason } }
}`;

/** What `BATCH` answers. */
export interface Batch {
  id: string;
  total: number;
  stored: number;
  updated: number;
  unchanged: number;
  failed: number;
  pending: number;
  finished: string | null;
  failures: { index: number; reason: string }[];
}

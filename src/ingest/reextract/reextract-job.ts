/** What a re-extraction job carries: its batch, its place in it, and the stored article's id. */
export interface ReextractJobData {
  batchId: string;
  index: number;
  articleId: number;
}

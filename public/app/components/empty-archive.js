import { html } from '../html.js';

/**
 * What the quote list says when the archive holds nothing at all (no filter, no quote): how to load
 * articles, since a fresh external database starts empty and "no quotes match" would read as a bug.
 */
export const EMPTY_ARCHIVE = html`<span class="empty-archive"
  >The archive is empty. Load the sample articles with <code>npm run seed</code>, or your own with
  <code>npm run ingest -- FILES</code> (.txt, .json, .jsonl or .html files, or folders of them), or send
  them to the <code>ingestArticle</code> mutation.</span
>`;
